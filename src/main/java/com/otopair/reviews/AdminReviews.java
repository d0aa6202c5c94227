package com.otopair.reviews;

import com.otopair.base.Roles;
import com.otopair.base.Searches;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.shops.ShopMembership;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviews as the admins moderate them, a page at a time: those with open reports first (the
 * most recently reported first), then the newest; each with its open reports.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class AdminReviews {

  /** An open report of a review; {@code reporter} is the reporter's name. */
  public record Report(ReportReason reason, String details, String reporter, Instant reportedAt) {}

  /**
   * A review as the admins see it, hidden or not; {@code version} is what moderation acts on. Times
   * are shown in the shop's {@code zone}.
   */
  public record Row(
      UUID id,
      long version,
      UUID shopId,
      String shopName,
      ZoneId zone,
      String authorName,
      String serviceName,
      int stars,
      String body,
      boolean recommend,
      Instant postedAt,
      int helpfulCount,
      @Nullable String reply,
      @Nullable Instant hiddenAt,
      @Nullable String hiddenReason,
      List<Report> reports) {

    public Row {
      reports = List.copyOf(reports);
    }

    public boolean hidden() {
      return hiddenAt != null;
    }
  }

  /** A shop to filter by. */
  public record ShopChoice(UUID id, String name) {}

  private final JdbcTemplate jdbc;
  private final ShopMembership shops;
  private final UserContacts contacts;

  AdminReviews(JdbcTemplate jdbc, ShopMembership shops, UserContacts contacts) {
    this.jdbc = jdbc;
    this.shops = shops;
    this.contacts = contacts;
  }

  /** How many reviews wait for a decision: visible, with at least one open report. */
  public int reported() {
    Integer count =
        jdbc.queryForObject(
            "select count(distinct p.review_id) from review_reports p"
                + " join reviews r on r.id = p.review_id"
                + " where p.resolved_at is null and r.hidden_at is null",
            Integer.class);
    return count == null ? 0 : count;
  }

  /** One page of the reviews that match, reported ones first. */
  public Slice<Row> search(ReviewFilter filter, Pageable page) {
    var sql =
        new StringBuilder(
            "select r.id, r.version, r.shop_id, r.author_name, r.service_name, r.stars, r.body,"
                + " r.recommend, r.posted_at, r.helpful_count, r.reply, r.hidden_at,"
                + " r.hidden_reason, o.open_count"
                + " from reviews r left join lateral (select count(*) as open_count,"
                + " max(p.reported_at) as last_reported from review_reports p"
                + " where p.review_id = r.id and p.resolved_at is null) o on true where true");
    List<Object> args = new ArrayList<>();
    switch (filter.show()) {
      case REPORTED -> sql.append(" and o.open_count > 0 and r.hidden_at is null");
      case HIDDEN -> sql.append(" and r.hidden_at is not null");
      case ALL -> {}
    }
    if (filter.shopId() != null) {
      sql.append(" and r.shop_id = ?");
      args.add(filter.shopId());
    }
    if (filter.stars() != null) {
      sql.append(" and r.stars = ?");
      args.add(filter.stars());
    }
    String text = Searches.folded(filter.text());
    if (!text.isEmpty()) {
      sql.append(
          " and translate(lower(r.author_name || ' ' || r.service_name || ' ' || r.body || ' '"
              + " || coalesce(r.reply, '')), ?, ?) like ? escape '\\'");
      args.add(Searches.ACCENTED);
      args.add(Searches.PLAIN);
      args.add(Searches.containing(text));
    }
    sql.append(
        " order by o.open_count > 0 and r.hidden_at is null desc, o.last_reported desc nulls"
            + " last, r.posted_at desc, r.id limit ? offset ?");
    args.add(page.getPageSize() + 1);
    args.add(page.getOffset());
    List<Found> found = jdbc.query(sql.toString(), AdminReviews::found, args.toArray());
    boolean more = found.size() > page.getPageSize();
    List<Found> content = more ? found.subList(0, page.getPageSize()) : found;
    Map<UUID, List<Report>> reports = reports(content.stream().map(Found::id).toList());
    Map<UUID, String> names = new HashMap<>();
    Map<UUID, ZoneId> zones = new HashMap<>();
    List<Row> rows =
        content.stream()
            .map(
                f ->
                    new Row(
                        f.id(),
                        f.version(),
                        f.shopId(),
                        names.computeIfAbsent(f.shopId(), shops::shopName),
                        zones.computeIfAbsent(f.shopId(), shops::zoneOf),
                        f.authorName(),
                        f.serviceName(),
                        f.stars(),
                        f.body(),
                        f.recommend(),
                        f.postedAt(),
                        f.helpfulCount(),
                        f.reply(),
                        f.hiddenAt(),
                        f.hiddenReason(),
                        reports.getOrDefault(f.id(), List.of())))
            .toList();
    return new SliceImpl<>(rows, page, more);
  }

  /** The shops that have reviews, by name, for the shop filter. */
  public List<ShopChoice> shops() {
    return jdbc.queryForList("select distinct shop_id from reviews", UUID.class).stream()
        .map(id -> new ShopChoice(id, shops.shopName(id)))
        .sorted(Comparator.comparing(ShopChoice::name).thenComparing(ShopChoice::id))
        .toList();
  }

  private Map<UUID, List<Report>> reports(Collection<UUID> reviewIds) {
    if (reviewIds.isEmpty()) {
      return Map.of();
    }
    record Open(UUID reviewId, UUID reporterId, ReportReason reason, String details, Instant at) {}
    List<Open> open =
        jdbc.query(
            "select review_id, reporter_id, reason, details, reported_at from review_reports"
                + " where resolved_at is null and review_id = any (?) order by reported_at desc",
            (rs, i) ->
                new Open(
                    rs.getObject("review_id", UUID.class),
                    rs.getObject("reporter_id", UUID.class),
                    ReportReason.valueOf(rs.getString("reason")),
                    rs.getString("details"),
                    rs.getTimestamp("reported_at").toInstant()),
            (Object) reviewIds.toArray(UUID[]::new));
    Map<UUID, String> reporters =
        contacts.findAll(open.stream().map(Open::reporterId).distinct().toList()).stream()
            .collect(Collectors.toMap(UserContact::id, UserContact::name));
    return open.stream()
        .collect(
            Collectors.groupingBy(
                Open::reviewId,
                Collectors.mapping(
                    o ->
                        new Report(
                            o.reason(),
                            o.details(),
                            reporters.getOrDefault(o.reporterId(), ""),
                            o.at()),
                    Collectors.toList())));
  }

  private record Found(
      UUID id,
      long version,
      UUID shopId,
      String authorName,
      String serviceName,
      int stars,
      String body,
      boolean recommend,
      Instant postedAt,
      int helpfulCount,
      @Nullable String reply,
      @Nullable Instant hiddenAt,
      @Nullable String hiddenReason) {}

  private static Found found(ResultSet rs, int row) throws SQLException {
    Timestamp hidden = rs.getTimestamp("hidden_at");
    return new Found(
        rs.getObject("id", UUID.class),
        rs.getLong("version"),
        rs.getObject("shop_id", UUID.class),
        rs.getString("author_name"),
        rs.getString("service_name"),
        rs.getInt("stars"),
        rs.getString("body"),
        rs.getBoolean("recommend"),
        rs.getTimestamp("posted_at").toInstant(),
        rs.getInt("helpful_count"),
        rs.getString("reply"),
        hidden == null ? null : hidden.toInstant(),
        rs.getString("hidden_reason"));
  }
}

package com.otopair.jobs;

import com.otopair.base.Roles;
import com.otopair.base.Searches;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every shop's jobs for admins: searched by customer, vehicle, shop or title, filtered by status,
 * shop and creation date, sorted, a page at a time. Plain SQL over the indexes made for it (newest
 * first, by status, by shop, trigram text search), and no total count: the grid pages on without
 * one, so a million jobs answer as fast as a hundred.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class AdminJobs {

  /** What an admin looks for; dates are UTC days of creation, both ends included. */
  public record Query(
      String text,
      @Nullable JobStatus status,
      @Nullable UUID shopId,
      @Nullable LocalDate from,
      @Nullable LocalDate to) {

    public static Query any() {
      return new Query("", null, null, null, null);
    }
  }

  /**
   * The orders the grid offers; every one ends with the id so that pages never overlap, and each
   * reads an index in its order, forwards or backwards (Liquibase 0016 and 0017).
   */
  public enum Sort {
    NEWEST("created_at desc, id"),
    OLDEST("created_at asc, id desc"),
    RECENTLY_UPDATED("updated_at desc, id"),
    CUSTOMER("customer_name, id"),
    CUSTOMER_DESCENDING("customer_name desc, id desc"),
    SHOP("shop_name, id"),
    SHOP_DESCENDING("shop_name desc, id desc"),
    STATUS("status, created_at desc, id"),
    STATUS_DESCENDING("status desc, created_at, id desc");

    private final String sql;

    Sort(String sql) {
      this.sql = sql;
    }
  }

  /** A shop to filter by. */
  public record ShopChoice(UUID id, String name) {}

  private final JdbcTemplate jdbc;
  private final UserContacts contacts;

  AdminJobs(JdbcTemplate jdbc, UserContacts contacts) {
    this.jdbc = jdbc;
    this.contacts = contacts;
  }

  public List<JobSummary> search(Query query, Sort sort, int offset, int limit) {
    List<Object> args = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder(
            "select id, shop_id, shop_name, number, title, customer_id, customer_name, vehicle,"
                + " mechanic_id, status, origin, booking_id, scheduled_at, created_at, updated_at"
                + " from jobs where true");
    if (!Searches.text(query.text()).isEmpty()) {
      sql.append(" and search_text like ?");
      args.add(Searches.containing(query.text()));
    }
    if (query.status() != null) {
      sql.append(" and status = ?");
      args.add(query.status().name());
    }
    if (query.shopId() != null) {
      sql.append(" and shop_id = ?");
      args.add(query.shopId());
    }
    if (query.from() != null) {
      sql.append(" and created_at >= ?");
      args.add(Timestamp.from(query.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
    }
    if (query.to() != null) {
      sql.append(" and created_at < ?");
      args.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }
    sql.append(" order by ").append(sort.sql).append(" limit ? offset ?");
    args.add(Math.max(1, Math.min(limit, 500)));
    args.add(Math.max(0, offset));
    List<Row> rows = jdbc.query(sql.toString(), AdminJobs::row, args.toArray());
    Set<UUID> mechanics = new HashSet<>();
    rows.forEach(
        r -> {
          if (r.mechanicId() != null) mechanics.add(r.mechanicId());
        });
    Map<UUID, String> names =
        contacts.findAll(mechanics).stream()
            .collect(Collectors.toMap(UserContact::id, UserContact::name));
    return rows.stream()
        .map(r -> r.summary(r.mechanicId() == null ? null : names.get(r.mechanicId())))
        .toList();
  }

  /** The shops that have jobs, by name, for the shop filter. */
  public List<ShopChoice> shops() {
    return jdbc.query(
        "select distinct on (shop_name, shop_id) shop_id, shop_name from job_counters c"
            + " join lateral (select shop_name from jobs j where j.shop_id = c.shop_id limit 1) n on true"
            + " order by shop_name, shop_id",
        (rs, i) -> new ShopChoice(rs.getObject("shop_id", UUID.class), rs.getString("shop_name")));
  }

  private record Row(
      UUID id,
      UUID shopId,
      String shopName,
      int number,
      String title,
      UUID customerId,
      String customerName,
      String vehicle,
      @Nullable UUID mechanicId,
      JobStatus status,
      JobOrigin origin,
      @Nullable UUID bookingId,
      @Nullable Instant scheduledAt,
      Instant createdAt,
      Instant updatedAt) {
    JobSummary summary(@Nullable String mechanicName) {
      return new JobSummary(
          id,
          shopId,
          shopName,
          number,
          title,
          customerId,
          customerName,
          vehicle,
          mechanicId,
          mechanicName,
          status,
          origin,
          bookingId,
          scheduledAt,
          createdAt,
          updatedAt);
    }
  }

  private static Row row(ResultSet rs, int i) throws SQLException {
    Timestamp scheduled = rs.getTimestamp("scheduled_at");
    return new Row(
        rs.getObject("id", UUID.class),
        rs.getObject("shop_id", UUID.class),
        rs.getString("shop_name"),
        rs.getInt("number"),
        rs.getString("title"),
        rs.getObject("customer_id", UUID.class),
        rs.getString("customer_name"),
        rs.getString("vehicle"),
        rs.getObject("mechanic_id", UUID.class),
        JobStatus.valueOf(rs.getString("status")),
        JobOrigin.valueOf(rs.getString("origin")),
        rs.getObject("booking_id", UUID.class),
        scheduled == null ? null : scheduled.toInstant(),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }
}

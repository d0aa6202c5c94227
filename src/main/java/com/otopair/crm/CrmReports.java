package com.otopair.crm;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.Roles;
import com.otopair.consult.SessionNotices;
import com.otopair.identity.UserContacts;
import com.otopair.identity.UserDirectory;
import com.otopair.identity.UserFilter;
import com.otopair.shops.ShopAdministration;
import com.otopair.shops.ShopFilter;
import com.otopair.shops.ShopMembership;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins read of the CRM, counted in SQL over {@code crm_interactions}: the funnel, weekly
 * cohorts, and one customer's timeline.
 *
 * <p><b>The funnel.</b> A customer reaches the intake when they started one in the range (from the
 * chosen entry point, at the chosen shop), or came in another way that has no intake: the shop took
 * their booking over the phone ({@link EntryPoint#PHONE}), or they followed up an earlier session
 * from its recommendation ({@link EntryPoint#FOLLOW_UP}); and each later step when, still in the
 * range, they reached it at or after the moment they reached the step before: the first session
 * after their first intake, the first summary read after that session, and so on to a follow-up or
 * a booking. Each step counts distinct customers. A shop filter keeps that shop's interactions and
 * those that concern no shop (upsell cards).
 *
 * <p><b>Cohorts.</b> Customers by the week (Monday to Sunday) of their first interaction ever (with
 * the chosen shop), for the weeks the range touches; for each following week, the share of them
 * with any interaction in it. They are read from {@code crm_cohort_sizes}, which the database keeps
 * exact as interactions are recorded (Liquibase 0058): two years of cohorts without reading every
 * interaction.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class CrmReports {

  /** How many following weeks a cohort shows. */
  public static final int COHORT_WEEKS = 8;

  /** The scope of {@code crm_cohort_sizes} that counts every shop (0058). */
  private static final UUID EVERY_SHOP = new UUID(0, 0);

  /** How many customers a search lists. */
  public static final int MAX_CUSTOMERS = 20;

  /** The interactions whose subject is a live session. */
  private static final Set<InteractionKind> SESSION_KINDS =
      EnumSet.of(InteractionKind.SESSION, InteractionKind.SUMMARY_VIEWED);

  /**
   * The funnel's first step: customers whose journey started in the range, from the entry point and
   * at the shop asked for.
   */
  private static final String INTAKE =
      """
      intake as (
          select customer_id, min(occurred_at) as reached from crm_interactions
          where (kind = 'INTAKE_STARTED'
                 or (kind = 'BOOKING' and entry_point = 'PHONE')
                 or (kind = 'UPSELL_CLICKED' and entry_point = 'FOLLOW_UP'))
            and occurred_at >= :start and occurred_at < :end
            and (cast(:shop as uuid) is null or shop_id = :shop)
            and (cast(:entry as varchar) is null or entry_point = :entry)
          group by customer_id)""";

  /** Each step counted in SQL: one CTE a step, each from the one before, then their counts. */
  private static final String FUNNEL = funnelSql();

  /** A shop the CRM can be filtered by. */
  public record ShopChoice(UUID id, String name) {}

  /** A customer found by a search. */
  public record CustomerChoice(UUID id, String name, String email) {}

  private final JdbcClient jdbc;
  private final ShopAdministration shops;
  private final ShopMembership membership;
  private final UserDirectory users;
  private final UserContacts contacts;
  private final SessionNotices sessions;
  private final Clock clock;

  CrmReports(
      JdbcClient jdbc,
      ShopAdministration shops,
      ShopMembership membership,
      UserDirectory users,
      UserContacts contacts,
      SessionNotices sessions,
      Clock clock) {
    this.jdbc = jdbc;
    this.shops = shops;
    this.membership = membership;
    this.users = users;
    this.contacts = contacts;
    this.sessions = sessions;
    this.clock = clock;
  }

  /** The days the funnel and cohorts count in: the shop's time zone, or UTC for all shops. */
  public ZoneId zoneOf(@Nullable UUID shopId) {
    return shopId == null ? ZoneOffset.UTC : membership.zoneOf(shopId);
  }

  /** Today where the filter's days are counted. */
  public LocalDate today(@Nullable UUID shopId) {
    return LocalDate.ofInstant(clock.instant(), zoneOf(shopId));
  }

  /** Every step of the funnel, in order, for the filter. */
  public List<FunnelRow> funnel(CrmFilter filter) {
    check(filter);
    ZoneId zone = zoneOf(filter.shopId());
    Map<String, Object> row =
        jdbc.sql(FUNNEL)
            .param("start", Timestamp.from(start(filter.from(), zone)))
            .param("end", Timestamp.from(start(filter.to().plusDays(1), zone)))
            .param("shop", filter.shopId())
            .param("entry", filter.entryPoint() == null ? null : filter.entryPoint().name())
            .query()
            .singleRow();
    FunnelStep[] steps = FunnelStep.values();
    long[] counts =
        Arrays.stream(steps).mapToLong(step -> ((Number) row.get(cte(step))).longValue()).toArray();
    List<FunnelRow> rows = new ArrayList<>();
    for (int i = 0; i < steps.length; i++) {
      Double rate = i == 0 || counts[i - 1] == 0 ? null : (double) counts[i] / counts[i - 1];
      rows.add(new FunnelRow(steps[i], counts[i], rate));
    }
    return rows;
  }

  /**
   * The weekly cohorts whose week the filter's range touches, oldest first (the entry point does
   * not apply: a cohort is every customer who came in that week).
   */
  public List<Cohort> cohorts(CrmFilter filter) {
    check(filter);
    Map<LocalDate, Map<Integer, Long>> counts = new TreeMap<>();
    jdbc.sql(
            """
            select week, offset_weeks, customers from crm_cohort_sizes
            where scope_id = :scope and week >= :first and week <= :last and customers > 0
            """)
        .param("scope", filter.shopId() == null ? EVERY_SHOP : filter.shopId())
        .param("first", monday(filter.from()))
        .param("last", monday(filter.to()))
        .query((RowCallbackHandler) rs -> countCohortRow(counts, rs));
    return cohorts(counts, filter.shopId());
  }

  /**
   * The same cohorts counted from the interactions themselves, as {@code crm_cohort_sizes} (0058)
   * keeps them: what its tests compare the kept counts with.
   */
  List<Cohort> cohortsFromInteractions(CrmFilter filter) {
    check(filter);
    ZoneId zone = zoneOf(filter.shopId());
    LocalDate firstWeek = monday(filter.from());
    LocalDate lastWeek = monday(filter.to());
    Map<LocalDate, Map<Integer, Long>> counts = new TreeMap<>();
    jdbc.sql(
            """
            with weeks as (
                select distinct customer_id,
                       cast(date_trunc('week', occurred_at at time zone :zone) as date) as week
                from crm_interactions
                where occurred_at >= :since and occurred_at < :until
                  and (cast(:shop as uuid) is null or shop_id = :shop)),
            cohort as (
                select w.customer_id, min(w.week) as week from weeks w
                where not exists (select 1 from crm_interactions i
                    where i.customer_id = w.customer_id and i.occurred_at < :since
                      and (cast(:shop as uuid) is null or i.shop_id = :shop))
                group by w.customer_id
                having min(w.week) <= :last)
            select c.week, (s.week - c.week) / 7 as offset_weeks, count(*) as customers
            from cohort c join weeks s on s.customer_id = c.customer_id
            where s.week <= c.week + 7 * :weeks
            group by c.week, offset_weeks
            """)
        .param("zone", zone.getId())
        .param("shop", filter.shopId())
        .param("since", Timestamp.from(start(firstWeek, zone)))
        .param("until", Timestamp.from(start(lastWeek.plusWeeks(COHORT_WEEKS + 1L), zone)))
        .param("last", lastWeek)
        .param("weeks", COHORT_WEEKS)
        .query((RowCallbackHandler) rs -> countCohortRow(counts, rs));
    return cohorts(counts, filter.shopId());
  }

  /** Adds a row of cohort sizes (week, offset_weeks, customers) to {@code counts}. */
  private static void countCohortRow(Map<LocalDate, Map<Integer, Long>> counts, ResultSet rs)
      throws SQLException {
    counts
        .computeIfAbsent(rs.getObject("week", LocalDate.class), week -> new HashMap<>())
        .put(rs.getInt("offset_weeks"), rs.getLong("customers"));
  }

  /** Each cohort's size and the share back in each following week begun, oldest first. */
  private List<Cohort> cohorts(Map<LocalDate, Map<Integer, Long>> counts, @Nullable UUID shopId) {
    LocalDate thisWeek = monday(LocalDate.ofInstant(clock.instant(), zoneOf(shopId)));
    List<Cohort> cohorts = new ArrayList<>();
    counts.forEach(
        (week, byOffset) -> {
          long size = byOffset.getOrDefault(0, 0L);
          int begun = (int) Math.min(COHORT_WEEKS, ChronoUnit.WEEKS.between(week, thisWeek));
          List<Double> returned = new ArrayList<>();
          for (int offset = 1; offset <= begun; offset++) {
            returned.add(size == 0 ? 0 : (double) byOffset.getOrDefault(offset, 0L) / size);
          }
          cohorts.add(new Cohort(week, size, returned));
        });
    return cohorts;
  }

  /** Every interaction of the customer, oldest first (none for someone unknown). */
  public List<TimelineEntry> timeline(UUID customerId) {
    List<Row> rows =
        jdbc.sql(
                """
                select occurred_at, kind, subject_id, shop_id, entry_point
                from crm_interactions
                where customer_id = :customer
                order by occurred_at, recorded_at, id
                """)
            .param("customer", customerId)
            .query(
                (rs, n) ->
                    new Row(
                        rs.getTimestamp("occurred_at").toInstant(),
                        InteractionKind.valueOf(rs.getString("kind")),
                        rs.getObject("subject_id", UUID.class),
                        rs.getObject("shop_id", UUID.class),
                        EntryPoint.valueOf(rs.getString("entry_point"))))
            .list();
    Map<UUID, String> names = new HashMap<>();
    Map<UUID, Boolean> found = new HashMap<>();
    return rows.stream()
        .map(
            row ->
                new TimelineEntry(
                    row.at(),
                    row.kind(),
                    row.subject(),
                    row.shop(),
                    row.shop() == null
                        ? null
                        : names.computeIfAbsent(row.shop(), membership::shopName),
                    row.entry(),
                    SESSION_KINDS.contains(row.kind())
                        && found.computeIfAbsent(
                            row.subject(), id -> sessions.notice(id).isPresent())))
        .toList();
  }

  /** Customers whose name or email contains the text, by name; none for a blank text. */
  public List<CustomerChoice> customers(String text) {
    String wanted = text.strip();
    if (wanted.isEmpty()) {
      return List.of();
    }
    return users
        .search(new UserFilter(wanted, Roles.CUSTOMER, null), PageRequest.of(0, MAX_CUSTOMERS))
        .stream()
        .map(user -> new CustomerChoice(user.id(), user.name(), user.email()))
        .toList();
  }

  /** The person with this id (a bookmarked timeline), when there is one. */
  public Optional<CustomerChoice> customer(UUID customerId) {
    return contacts
        .find(customerId)
        .map(contact -> new CustomerChoice(contact.id(), contact.name(), contact.email()));
  }

  /** Every shop, by name. */
  public List<ShopChoice> shops() {
    return shops.search(ShopFilter.any(), PageRequest.of(0, 1000)).stream()
        .map(shop -> new ShopChoice(shop.id(), shop.name()))
        .sorted(Comparator.comparing(ShopChoice::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /**
   * The funnel's query: after the intake, a step's customers are those of the step before who, in
   * the range, reached one of its interactions at or after they reached the step before (at the
   * shop asked for, or at no shop); each step's CTE keeps the first such moment.
   */
  private static String funnelSql() {
    FunnelStep[] steps = FunnelStep.values();
    StringBuilder sql = new StringBuilder("with ").append(INTAKE);
    for (int i = 1; i < steps.length; i++) {
      String kinds =
          steps[i].kinds().stream()
              .map(kind -> "'" + kind.name() + "'")
              .collect(Collectors.joining(", "));
      sql.append(",\n")
          .append(cte(steps[i]))
          .append(" as (select p.customer_id, n.reached from ")
          .append(cte(steps[i - 1]))
          .append(
              " p cross join lateral (select min(s.occurred_at) as reached from crm_interactions s"
                  + " where s.customer_id = p.customer_id and s.kind in (")
          .append(kinds)
          .append(
              ") and s.occurred_at >= p.reached and s.occurred_at < :end"
                  + " and (cast(:shop as uuid) is null or s.shop_id = :shop or s.shop_id is null))"
                  + " n where n.reached is not null)");
    }
    sql.append("\nselect ");
    for (int i = 0; i < steps.length; i++) {
      sql.append(i == 0 ? "" : ", ")
          .append("(select count(*) from ")
          .append(cte(steps[i]))
          .append(") as ")
          .append(cte(steps[i]));
    }
    return sql.toString();
  }

  /** The name of a step's CTE and count. */
  private static String cte(FunnelStep step) {
    return step.name().toLowerCase(Locale.ROOT);
  }

  private static void check(CrmFilter filter) {
    if (filter.to().isBefore(filter.from())) {
      throw new InvalidRequestException("to", "crm.filter.to.before-from");
    }
    if (ChronoUnit.DAYS.between(filter.from(), filter.to()) >= CrmFilter.MAX_DAYS) {
      throw new InvalidRequestException(
          "from", "crm.filter.too-long", String.valueOf(CrmFilter.MAX_DAYS));
    }
  }

  private static Instant start(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toInstant();
  }

  private static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private record Row(
      Instant at, InteractionKind kind, UUID subject, @Nullable UUID shop, EntryPoint entry) {}
}

package com.otopair.booking;

import com.otopair.base.I18n;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.scheduling.Availability;
import com.otopair.scheduling.AvailableHours;
import com.otopair.shops.ShopMembership;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's home in numbers, from the bookings: today's and tomorrow's bookings, how busy the
 * mechanics are this week, and how many bookings were missed or cancelled late. Days and weeks are
 * the shop's (its time zone; weeks from Monday). Counted in SQL; only the shop's owner may read
 * them, a stranger is told the shop is not there.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class OwnerBoard {

  /** How many of the coming bookings the tile lists. */
  public static final int NEXT_SHOWN = 4;

  /** The days the no-show and late-cancellation rates look back on. */
  public static final int RATE_DAYS = 30;

  /**
   * The longest a booking lasts: its service's duration, at most 720 minutes, which the database
   * holds to (Liquibase 0059, {@code bookings_length_bounded}). A booking that ends after an
   * instant started less than this before it, so a range of times is a range of starts.
   */
  static final Duration LONGEST_BOOKING = Duration.ofHours(12);

  /** The states of a booking that was made and kept its time: upcoming, done or missed. */
  private static final String KEPT = "('CONFIRMED', 'COMPLETED', 'NO_SHOW')";

  private final JdbcClient jdbc;
  private final ShopMembership membership;
  private final UserContacts contacts;
  private final AvailableHours available;
  private final Availability availability;
  private final Clock clock;

  OwnerBoard(
      JdbcClient jdbc,
      ShopMembership membership,
      UserContacts contacts,
      AvailableHours available,
      Availability availability,
      Clock clock) {
    this.jdbc = jdbc;
    this.membership = membership;
    this.contacts = contacts;
    this.available = available;
    this.availability = availability;
    this.clock = clock;
  }

  /** Today's and tomorrow's bookings of the shop, and the next few still to come. */
  public record Days(ZoneId zone, LocalDate day, long today, long tomorrow, List<Coming> next) {}

  /** A booking still to come: when, whose (first name), what and with whom. */
  public record Coming(
      UUID id, Instant start, String customerFirstName, String serviceName, String mechanicName) {}

  /** One mechanic's week: booked time over available time. */
  public record MechanicLoad(UUID mechanicId, String name, Duration booked, Duration available) {

    /** Booked over available, 0 to 1 (or more when booked outside their hours); 0 with no hours. */
    public double share() {
      return available.isZero() ? 0 : (double) booked.toMinutes() / available.toMinutes();
    }
  }

  /** The shop's week (Monday to Sunday, shop time): every mechanic's load and the whole shop's. */
  public record Utilisation(LocalDate monday, List<MechanicLoad> mechanics) {

    public Duration booked() {
      return mechanics.stream().map(MechanicLoad::booked).reduce(Duration.ZERO, Duration::plus);
    }

    public Duration available() {
      return mechanics.stream().map(MechanicLoad::available).reduce(Duration.ZERO, Duration::plus);
    }

    public double share() {
      return available().isZero() ? 0 : (double) booked().toMinutes() / available().toMinutes();
    }
  }

  /**
   * The last {@value #RATE_DAYS} days' bookings that came due or were cancelled ({@code settled}),
   * and among them those the customer missed and those the customer cancelled inside the shop's
   * cancellation window ({@code window}, the policy now).
   */
  public record Missed(long settled, long noShows, long lateCancellations, Duration window) {

    public double noShowShare() {
      return settled == 0 ? 0 : (double) noShows / settled;
    }

    public double lateShare() {
      return settled == 0 ? 0 : (double) lateCancellations / settled;
    }
  }

  public Days days(UUID shopId) {
    membership.requireOwner(shopId);
    ZoneId zone = membership.zoneOf(shopId);
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, zone);
    Instant start = today.atStartOfDay(zone).toInstant();
    Instant tomorrow = today.plusDays(1).atStartOfDay(zone).toInstant();
    Instant after = today.plusDays(2).atStartOfDay(zone).toInstant();
    var counts =
        jdbc.sql(
                """
                select count(*) filter (where starts_at < :tomorrow) as today,
                       count(*) filter (where starts_at >= :tomorrow) as tomorrow
                from bookings
                where shop_id = :shop and status in %s
                  and starts_at >= :start and starts_at < :after
                """
                    .formatted(KEPT))
            .param("shop", shopId)
            .param("start", Timestamp.from(start))
            .param("tomorrow", Timestamp.from(tomorrow))
            .param("after", Timestamp.from(after))
            .query((rs, n) -> new long[] {rs.getLong("today"), rs.getLong("tomorrow")})
            .single();
    record Row(UUID id, Instant start, UUID customer, String service, UUID mechanic) {}
    List<Row> rows =
        jdbc.sql(
                """
                select id, starts_at, customer_id, service_name, mechanic_id
                from bookings
                where shop_id = :shop and status = 'CONFIRMED'
                  and ends_at > :now and starts_at < :after
                order by starts_at, id
                limit :limit
                """)
            .param("shop", shopId)
            .param("now", Timestamp.from(now))
            .param("after", Timestamp.from(after))
            .param("limit", NEXT_SHOWN)
            .query(
                (rs, n) ->
                    new Row(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getObject("customer_id", UUID.class),
                        rs.getString("service_name"),
                        rs.getObject("mechanic_id", UUID.class)))
            .list();
    Set<UUID> people = new HashSet<>();
    rows.forEach(
        r -> {
          people.add(r.customer());
          people.add(r.mechanic());
        });
    Map<UUID, String> names =
        contacts.findAll(people).stream()
            .collect(Collectors.toMap(UserContact::id, UserContact::name));
    List<Coming> next =
        rows.stream()
            .map(
                r ->
                    new Coming(
                        r.id(),
                        r.start(),
                        firstName(
                            names.getOrDefault(r.customer(), I18n.t("booking.person.customer"))),
                        r.service(),
                        names.getOrDefault(r.mechanic(), I18n.t("booking.person.mechanic"))))
            .toList();
    return new Days(zone, today, counts[0], counts[1], next);
  }

  /** This week's booked time over available time, per mechanic of the shop now. */
  public Utilisation utilisation(UUID shopId) {
    membership.requireOwner(shopId);
    ZoneId zone = membership.zoneOf(shopId);
    LocalDate monday =
        LocalDate.ofInstant(clock.instant(), zone)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Instant from = monday.atStartOfDay(zone).toInstant();
    Instant to = monday.plusDays(7).atStartOfDay(zone).toInstant();
    List<UUID> team = membership.mechanicsOf(shopId);
    Map<UUID, Duration> booked = new HashMap<>();
    jdbc.sql(
            """
            select mechanic_id,
                   sum(extract(epoch from least(ends_at, :to) - greatest(starts_at, :from)))
                       as seconds
            from bookings
            where shop_id = :shop and status in %s
              and starts_at > :earliest and starts_at < :to and ends_at > :from
            group by mechanic_id
            """
                .formatted(KEPT))
        .param("shop", shopId)
        .param("earliest", Timestamp.from(from.minus(LONGEST_BOOKING)))
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .query(
            (rs, n) ->
                booked.put(
                    rs.getObject("mechanic_id", UUID.class),
                    Duration.ofSeconds(Math.round(rs.getDouble("seconds")))))
        .list();
    Map<UUID, Duration> hours = available.of(shopId, team, monday, monday.plusDays(6));
    Map<UUID, String> names =
        contacts.findAll(team).stream()
            .collect(Collectors.toMap(UserContact::id, UserContact::name));
    List<MechanicLoad> loads = new ArrayList<>();
    for (UUID mechanic : team) {
      loads.add(
          new MechanicLoad(
              mechanic,
              names.getOrDefault(mechanic, I18n.t("booking.person.mechanic")),
              booked.getOrDefault(mechanic, Duration.ZERO),
              hours.getOrDefault(mechanic, Duration.ZERO)));
    }
    return new Utilisation(monday, loads);
  }

  /**
   * No-shows and late cancellations among the bookings of the last {@value #RATE_DAYS} days: a
   * confirmed booking counts once it came due (its start passed) or was cancelled (by anyone), on
   * that day; a late cancellation is one the customer made inside the cancellation window. Read as
   * two index ranges (kept bookings by start, cancelled ones by cancellation), disjoint by status,
   * added together.
   */
  public Missed missed(UUID shopId) {
    membership.requireOwner(shopId);
    Instant now = clock.instant();
    Instant since = now.minus(Duration.ofDays(RATE_DAYS));
    long[] counts =
        jdbc.sql(
                """
                select coalesce(sum(settled), 0) as settled,
                       coalesce(sum(no_shows), 0) as no_shows,
                       coalesce(sum(late), 0) as late
                from (select count(*) as settled,
                             count(*) filter (where status = 'NO_SHOW') as no_shows,
                             0 as late
                      from bookings
                      where shop_id = :shop and status in %s and confirmed_at is not null
                        and starts_at > :since and starts_at <= :now
                      union all
                      select count(*), 0,
                             count(*) filter (where cancelled_late and cancelled_by = 'CUSTOMER')
                      from bookings
                      where shop_id = :shop and status = 'CANCELLED' and confirmed_at is not null
                        and cancelled_at > :since and cancelled_at <= :now) as parts
                """
                    .formatted(KEPT))
            .param("shop", shopId)
            .param("since", Timestamp.from(since))
            .param("now", Timestamp.from(now))
            .query(
                (rs, n) ->
                    new long[] {rs.getLong("settled"), rs.getLong("no_shows"), rs.getLong("late")})
            .single();
    return new Missed(
        counts[0], counts[1], counts[2], availability.policy(shopId).cancellationWindow());
  }

  private static String firstName(String name) {
    String trimmed = name.strip();
    int space = trimmed.indexOf(' ');
    return space > 0 ? trimmed.substring(0, space) : trimmed;
  }
}

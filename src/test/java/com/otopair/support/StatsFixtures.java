package com.otopair.support;

import com.otopair.base.Money;
import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.OpeningHours;
import com.otopair.shops.ShopDraft;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A shop of its own for a report's test, in the zone and country it asks for, with an owner, two
 * mechanics, a customer and an oil change and a brake job on its menu; and scripted facts written
 * straight to the tables (bookings in any state, payments, jobs with their history, reviews, live
 * sessions), at wall times of the shop's zone, so a test can assert exact figures.
 */
public final class StatsFixtures {

  public final UUID shopId;
  public final String ownerEmail;
  public final String currency;
  public final ZoneId zone;
  public final UUID alex;
  public final UUID bea;
  public final UUID customer;
  public final UUID oil;
  public final UUID brakes;
  private final JdbcTemplate jdbc;
  private final AtomicInteger jobNumbers = new AtomicInteger();

  private StatsFixtures(
      UUID shopId,
      String ownerEmail,
      String currency,
      ZoneId zone,
      UUID alex,
      UUID bea,
      UUID customer,
      UUID oil,
      UUID brakes,
      JdbcTemplate jdbc) {
    this.shopId = shopId;
    this.ownerEmail = ownerEmail;
    this.currency = currency;
    this.zone = zone;
    this.alex = alex;
    this.bea = bea;
    this.customer = customer;
    this.oil = oil;
    this.brakes = brakes;
    this.jdbc = jdbc;
  }

  /** A live shop in {@code zone} ("America/Montreal") and {@code country} ("CA" or "US"). */
  public static StatsFixtures create(
      String zone,
      String country,
      UserProvisioning users,
      ShopProvisioning shops,
      ShopMembership membership,
      JdbcTemplate jdbc) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String ownerEmail = "stats-owner-" + tag + "@example.test";
    UUID owner =
        users.createVerifiedUser(ownerEmail, "Olive Owner", Roles.SHOP_OWNER, "a long passphrase");
    var draft =
        new ShopDraft(
            "Stats Garage " + tag,
            "stats-" + tag,
            "1 Test Street",
            country.equals("US") ? "Seattle" : "Montréal",
            country.equals("US") ? "WA" : "QC",
            country.equals("US") ? "98101" : "H2X 1Y4",
            country,
            country.equals("US") ? "(206) 555-0100" : "(514) 555-0100",
            zone,
            "We fix things.",
            45.5,
            -73.6,
            Arrays.stream(DayOfWeek.values())
                .map(d -> new OpeningHours(d, LocalTime.of(8, 0), LocalTime.of(18, 0)))
                .toList());
    UUID shop = shops.createLiveShop(owner, draft);
    UUID alex =
        users.createVerifiedUser(
            "stats-alex-" + tag + "@example.test", "Alex Stats", Roles.MECHANIC, "a passphrase!");
    UUID bea =
        users.createVerifiedUser(
            "stats-bea-" + tag + "@example.test", "Béa Stats", Roles.MECHANIC, "a passphrase!");
    membership.addMechanic(shop, alex);
    membership.addMechanic(shop, bea);
    UUID customer =
        users.createVerifiedUser(
            "stats-customer-" + tag + "@example.test",
            "Casey Stats",
            Roles.CUSTOMER,
            "a long passphrase");
    String currency = country.equals("US") ? "USD" : "CAD";
    UUID oil =
        shops.addOffering(
            shop,
            new Offering(
                null,
                "Oil change",
                "Synthetic oil.",
                OfferingCategory.OIL,
                60,
                new Money(8000, currency),
                OfferingMode.IN_SHOP,
                true));
    UUID brakes =
        shops.addOffering(
            shop,
            new Offering(
                null,
                "Brake pads",
                "Front pads.",
                OfferingCategory.BRAKES,
                90,
                new Money(20000, currency),
                OfferingMode.IN_SHOP,
                true));
    return new StatsFixtures(
        shop, ownerEmail, currency, ZoneId.of(zone), alex, bea, customer, oil, brakes, jdbc);
  }

  /** The instant of a wall time in the shop's zone (the earlier one of a repeated hour). */
  public Instant at(LocalDateTime wall) {
    return wall.atZone(zone).toInstant();
  }

  /** A one-hour booking of {@code offering} by {@code mechanic} starting at {@code start}. */
  public UUID booking(
      Instant start, UUID mechanic, UUID offering, String status, long priceMinor, boolean late) {
    UUID id = UUID.randomUUID();
    Instant end = start.plusSeconds(3600);
    jdbc.update(
        """
        insert into bookings (id, shop_id, mechanic_id, customer_id, offering_id, service_name,
          status, starts_at, ends_at, blocked_from, blocked_until, price_minor, currency,
          multiplier, hold_expires_at, cancelled_late, created_at, cancelled_at)
        values (?, ?, ?, ?, ?, 'Scripted service', ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)
        """,
        id,
        shopId,
        mechanic,
        customer,
        offering,
        status,
        Timestamp.from(start),
        Timestamp.from(end),
        Timestamp.from(start),
        Timestamp.from(end),
        priceMinor,
        currency,
        status.equals("HELD") ? Timestamp.from(start) : null,
        late,
        Timestamp.from(start.minusSeconds(86_400)),
        status.equals("CANCELLED") ? Timestamp.from(start.minusSeconds(3600)) : null);
    return id;
  }

  /** A payment of the shop made at {@code at}: {@code captured} taken, {@code refunded} back. */
  public UUID payment(
      Instant at, String status, long amountMinor, long capturedMinor, long refundedMinor) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        """
        insert into payments (id, shop_id, customer_id, subject_kind, subject_id, description,
          gateway, status, currency, amount_minor, captured_minor, refunded_minor, created_at,
          updated_at)
        values (?, ?, ?, 'JOB', ?, 'Scripted work', 'OFFLINE', ?, ?, ?, ?, ?, ?, ?)
        """,
        id,
        shopId,
        customer,
        UUID.randomUUID(),
        status,
        currency,
        amountMinor,
        capturedMinor,
        refundedMinor,
        Timestamp.from(at),
        Timestamp.from(at));
    return id;
  }

  /**
   * A job of {@code mechanic} from {@code booking} (or none), started at {@code started} (none:
   * never started), completed at {@code completed} (none: still in progress), with one approved
   * line of {@code billedMinor} and one declined line; the job carries its first start, completion
   * and billed total as its transitions keep them.
   */
  public UUID job(
      @Nullable UUID booking,
      UUID mechanic,
      @Nullable Instant started,
      @Nullable Instant completed,
      long billedMinor) {
    UUID id = UUID.randomUUID();
    Instant created =
        started == null ? Instant.parse("2020-01-01T00:00:00Z") : started.minusSeconds(600);
    jdbc.update(
        """
        insert into jobs (id, shop_id, number, shop_name, customer_id, customer_name, title, origin,
          booking_id, mechanic_id, status, currency, created_at, updated_at, started_at,
          completed_at, billed_minor)
        values (?, ?, ?, 'Stats Garage', ?, 'Casey Stats', 'Scripted job', ?, ?, ?, ?, ?, ?, ?, ?,
          ?, ?)
        """,
        id,
        shopId,
        jobNumbers.incrementAndGet(),
        customer,
        booking == null ? "WALK_IN" : "BOOKING",
        booking,
        mechanic,
        completed != null ? "COMPLETED" : started != null ? "IN_PROGRESS" : "ACCEPTED",
        currency,
        Timestamp.from(created),
        Timestamp.from(completed != null ? completed : created),
        started == null ? null : Timestamp.from(started),
        completed == null ? null : Timestamp.from(completed),
        completed == null ? null : billedMinor);
    line(id, 1, billedMinor, "APPROVED");
    line(id, 2, 99_999, "DECLINED");
    if (started != null) {
      event(id, started, "ACCEPTED", "IN_PROGRESS");
    }
    if (completed != null) {
      event(id, completed, "IN_PROGRESS", "COMPLETED");
    }
    return id;
  }

  /** A move of the job's status in its history. */
  public void event(UUID job, Instant at, String from, String to) {
    jdbc.update(
        """
        insert into job_events (id, job_id, at, actor_name, kind, from_status, to_status)
        values (?, ?, ?, 'Scripted', 'STATUS', ?, ?)
        """,
        UUID.randomUUID(),
        job,
        Timestamp.from(at),
        from,
        to);
  }

  private void line(UUID job, int position, long priceMinor, String approval) {
    jdbc.update(
        """
        insert into job_lines (id, job_id, position, kind, description, quantity,
          unit_price_minor, approval)
        values (?, ?, ?, 'LABOUR', 'Scripted work', 1, ?, ?)
        """,
        UUID.randomUUID(),
        job,
        position,
        priceMinor,
        approval);
  }

  /** A review of {@code mechanic} for a booking, posted at {@code posted}. */
  public void review(UUID booking, UUID mechanic, int stars, Instant posted, boolean hidden) {
    jdbc.update(
        """
        insert into reviews (id, shop_id, mechanic_id, booking_id, customer_id, author_name,
          service_name, served_at, stars, recommend, posted_at, hidden_at, hidden_reason)
        values (?, ?, ?, ?, ?, 'Casey S.', 'Scripted service', ?, ?, true, ?, ?, ?)
        """,
        UUID.randomUUID(),
        shopId,
        mechanic,
        booking,
        customer,
        Timestamp.from(posted),
        stars,
        Timestamp.from(posted),
        hidden ? Timestamp.from(posted) : null,
        hidden ? "Off topic" : null);
  }

  /**
   * A live session queued at {@code queued} that {@code mechanic} claimed {@code waitSeconds}
   * later.
   */
  public void session(UUID mechanic, Instant queued, long waitSeconds) {
    Instant claimed = queued.plusSeconds(waitSeconds);
    jdbc.update(
        """
        insert into consult_sessions (id, shop_id, shop_name, service_name, mode, customer_id,
          customer_name, mechanic_id, mechanic_name, vehicle, problem, status, duration_minutes,
          price_minor, currency, free, wait_limit_minutes, requested_at, queued_at, claimed_at,
          ends_at, ended_at, end_reason)
        values (?, ?, 'Stats Garage', 'Live help', 'REMOTE_CHAT', ?, 'Casey Stats', ?, 'Mechanic',
          '2019 Civic', 'A noise', 'ENDED', 15, 2500, ?, false, 10, ?, ?, ?, ?, ?, 'TIME_UP')
        """,
        UUID.randomUUID(),
        shopId,
        customer,
        mechanic,
        currency,
        Timestamp.from(queued),
        Timestamp.from(queued),
        Timestamp.from(claimed),
        Timestamp.from(claimed.plusSeconds(900)),
        Timestamp.from(claimed.plusSeconds(900)));
  }
}

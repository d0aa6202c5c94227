package com.otopair.crm;

import com.otopair.base.VideoAvailability;
import com.otopair.booking.CustomerBookingPlaces;
import com.otopair.consult.Intakes;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ServiceMenu;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The recommendations of one customer, read from the data in SQL (the CRM is Otopair's read model:
 * it reads the jobs, bookings, sessions and menus of the customer, never another customer's):
 * estimate lines left for later, maintenance due by the rule table, the repair a session's summary
 * recommended, and a longer or video session. Every call to action opens a page of a live shop for
 * one of its services on the public menu.
 */
@Component
class UpsellSources {

  private final JdbcClient jdbc;
  private final MaintenanceUpsells maintenance;
  private final VideoAvailability video;
  private final CustomerBookingPlaces places;
  private final ServiceMenu menu;
  private final Clock clock;

  UpsellSources(
      JdbcClient jdbc,
      MaintenanceUpsells maintenance,
      VideoAvailability video,
      CustomerBookingPlaces places,
      ServiceMenu menu,
      Clock clock) {
    this.jdbc = jdbc;
    this.maintenance = maintenance;
    this.video = video;
    this.places = places;
    this.menu = menu;
    this.clock = clock;
  }

  /** Everything due for the customer now, the most pressing first. */
  List<Upsell> of(UUID customerId) {
    return of(customerId, clock.instant());
  }

  /** Everything due for the customer at {@code now} (on each shop's calendar), pressing first. */
  List<Upsell> of(UUID customerId, Instant now) {
    List<Upsell> all = new ArrayList<>();
    all.addAll(followUps(customerId));
    all.addAll(deferredLines(customerId));
    all.addAll(maintenance.due(customerId, now));
    premium(customerId).ifPresent(all::add);
    all.sort(Comparator.comparing(Upsell::kind));
    return all;
  }

  /** The rule table, in its order. */
  List<MaintenanceRule> rules() {
    return maintenance.rules();
  }

  /**
   * The repairs mechanics recommended in sent summaries, not booked since (from the session, or the
   * recommended service at the shop).
   */
  private List<Upsell> followUps(UUID customerId) {
    return jdbc.sql(
            """
            select cs.id, cs.shop_id, cs.mechanic_name, s.slug, s.name as shop_name,
                   o.id as offering_id, o.name as offering_name, o.category
            from consult_sessions cs
            join consult_reports r on r.session_id = cs.id and r.status = 'SENT'
            join shops s on s.id = cs.shop_id and s.status = 'ACTIVE'
            join offerings o on o.id = r.repair_service_id and o.shop_id = cs.shop_id
                and o.active and o.mode = 'IN_SHOP'
            where cs.customer_id = :customer and cs.status = 'ENDED'
              and not exists (
                  select 1 from bookings b
                  where b.customer_id = cs.customer_id and b.shop_id = cs.shop_id
                    and b.status in ('HELD', 'CONFIRMED', 'COMPLETED')
                    and (b.origin_session_id = cs.id
                         or (b.offering_id = r.repair_service_id and b.created_at >= cs.ended_at)))
            order by r.sent_at desc
            """)
        .param("customer", customerId)
        .query(
            (rs, n) -> {
              UUID session = rs.getObject("id", UUID.class);
              String mechanic = rs.getString("mechanic_name");
              return new Upsell(
                  UpsellKind.SESSION_FOLLOW_UP,
                  "session:" + session,
                  rs.getObject("shop_id", UUID.class),
                  null,
                  null,
                  book(rs.getString("slug"), rs.getObject("offering_id", UUID.class))
                      + "&session="
                      + session
                      + "&"
                      + Intakes.FROM
                      + "="
                      + Intakes.FROM_FOLLOW_UP,
                  "crm.upsell.follow-up.text",
                  List.of(
                      mechanic == null ? rs.getString("shop_name") : mechanic,
                      rs.getString("offering_name")),
                  "crm.upsell.follow-up.action",
                  List.of(mechanic == null ? rs.getString("shop_name") : mechanic));
            })
        .list();
  }

  /**
   * Estimate lines the customer declined (kept as "recommended later") on jobs that were not
   * cancelled, at live shops; the call to action books the job's own service again, or the shop's
   * least expensive one.
   */
  private List<Upsell> deferredLines(UUID customerId) {
    return jdbc
        .sql(
            """
            select l.id, l.description, j.shop_id, j.vehicle, b.vehicle_id, s.slug,
                   s.name as shop_name,
                   (select o.id from offerings o
                    where o.shop_id = j.shop_id and o.active and o.mode = 'IN_SHOP'
                    order by (o.id = b.offering_id) desc, o.price_minor, o.name limit 1)
                       as offering_id
            from job_lines l
            join jobs j on j.id = l.job_id
            join shops s on s.id = j.shop_id and s.status = 'ACTIVE'
            left join bookings b on b.id = j.booking_id
            where j.customer_id = :customer and l.approval = 'DECLINED' and l.kind <> 'CREDIT'
              and j.status <> 'CANCELLED'
            order by l.decided_at desc nulls last, l.position
            """)
        .param("customer", customerId)
        .query(
            (rs, n) -> {
              UUID offering = rs.getObject("offering_id", UUID.class);
              if (offering == null) {
                return Optional.<Upsell>empty();
              }
              String vehicle = rs.getString("vehicle");
              return Optional.of(
                  new Upsell(
                      UpsellKind.DEFERRED_LINE,
                      "line:" + rs.getObject("id", UUID.class),
                      rs.getObject("shop_id", UUID.class),
                      rs.getObject("vehicle_id", UUID.class),
                      null,
                      book(rs.getString("slug"), offering),
                      vehicle.isBlank()
                          ? "crm.upsell.deferred.text"
                          : "crm.upsell.deferred.vehicle",
                      vehicle.isBlank()
                          ? List.of(rs.getString("description"), rs.getString("shop_name"))
                          : List.of(
                              rs.getString("description"), rs.getString("shop_name"), vehicle),
                      "crm.upsell.deferred.action",
                      List.of(rs.getString("shop_name"))));
            })
        .list()
        .stream()
        .flatMap(Optional::stream)
        .toList();
  }

  /**
   * After the customer's latest session, if it ran out of time or was chat only: a video session at
   * that shop when video is offered, or else (out of time) a longer chat.
   */
  private Optional<Upsell> premium(UUID customerId) {
    record Last(
        UUID id,
        UUID shopId,
        String slug,
        String mechanic,
        String mode,
        boolean timeUp,
        int minutes) {}
    Optional<Last> last =
        jdbc.sql(
                """
                select cs.id, cs.shop_id, s.slug, coalesce(cs.mechanic_name, s.name) as mechanic,
                       cs.mode, cs.end_reason = 'TIME_UP' as time_up, cs.duration_minutes
                from consult_sessions cs
                join shops s on s.id = cs.shop_id and s.status = 'ACTIVE'
                where cs.customer_id = :customer and cs.status = 'ENDED'
                order by cs.ended_at desc limit 1
                """)
            .param("customer", customerId)
            .query(
                (rs, n) ->
                    new Last(
                        rs.getObject("id", UUID.class),
                        rs.getObject("shop_id", UUID.class),
                        rs.getString("slug"),
                        rs.getString("mechanic"),
                        rs.getString("mode"),
                        rs.getBoolean("time_up"),
                        rs.getInt("duration_minutes")))
            .optional();
    if (last.isEmpty()) {
      return Optional.empty();
    }
    Last session = last.get();
    boolean chatOnly = session.mode().equals("REMOTE_CHAT");
    if (!session.timeUp() && !chatOnly) {
      return Optional.empty();
    }
    boolean videoOffered = video.available();
    record Plan(UUID id, String name, int minutes, boolean video) {}
    // The shop's public menu (shops' API): video first when offered, then the shortest, cheapest.
    List<Plan> plans =
        menu.publicMenu(session.shopId()).stream()
            .filter(
                o ->
                    (o.mode() == OfferingMode.REMOTE_VIDEO
                            && videoOffered
                            && o.durationMinutes() >= session.minutes())
                        || (o.mode() == OfferingMode.REMOTE_CHAT
                            && session.timeUp()
                            && o.durationMinutes() > session.minutes()))
            .sorted(
                Comparator.comparing((Offering o) -> o.mode() != OfferingMode.REMOTE_VIDEO)
                    .thenComparingInt(Offering::durationMinutes)
                    .thenComparingLong(o -> o.price().minor())
                    .thenComparing(Offering::name))
            .map(
                o ->
                    new Plan(
                        Objects.requireNonNull(o.id()),
                        o.name(),
                        o.durationMinutes(),
                        o.mode() == OfferingMode.REMOTE_VIDEO))
            .toList();
    if (plans.isEmpty()) {
      return Optional.empty();
    }
    Plan plan = plans.getFirst();
    return Optional.of(
        new Upsell(
            UpsellKind.PREMIUM_SESSION,
            "session:" + session.id(),
            session.shopId(),
            null,
            null,
            "sessions/new/"
                + encode(session.slug())
                + "/"
                + plan.id()
                + "?"
                + Intakes.FROM
                + "="
                + Intakes.FROM_UPSELL,
            plan.video()
                ? (session.timeUp()
                    ? "crm.upsell.premium.video-time-up"
                    : "crm.upsell.premium.video")
                : "crm.upsell.premium.longer",
            List.of(session.mechanic(), plan.name(), String.valueOf(plan.minutes())),
            "crm.upsell.premium.action",
            List.of()));
  }

  /** The customer's booking: its shop and vehicle, or empty when it is not theirs. */
  Optional<CustomerBookingPlaces.Place> booking(UUID customerId, UUID bookingId) {
    return places.of(customerId, bookingId);
  }

  static String book(String slug, UUID offering) {
    return "book/" + encode(slug) + "?service=" + offering;
  }

  private static String encode(String slug) {
    return URLEncoder.encode(slug, StandardCharsets.UTF_8);
  }

  /** "OIL_CHANGE" becomes "oil-change", the rule's key in the bundle. */
  static String key(String code) {
    return code.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  static @Nullable Instant instant(@Nullable Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}

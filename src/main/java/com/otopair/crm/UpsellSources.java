package com.otopair.crm;

import com.otopair.base.VideoAvailability;
import com.otopair.booking.CustomerBookingPlaces;
import com.otopair.consult.EndedSessions;
import com.otopair.consult.Intakes;
import com.otopair.consult.SummaryRecommendations;
import com.otopair.consult.SummaryRepairs;
import com.otopair.jobs.DeferredLines;
import com.otopair.shops.LiveShops;
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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The recommendations of one customer, composed from the owning modules' read APIs (the customer's
 * own declined lines from jobs, summaries and ended sessions from consult, live shops and their
 * menus from shops; never another customer's): estimate lines left for later, maintenance due by
 * the rule table, the repair a session's summary recommended, and a longer or video session. Every
 * call to action opens a page of a live shop for one of its services on the public menu.
 */
@Component
class UpsellSources {

  private final MaintenanceUpsells maintenance;
  private final VideoAvailability video;
  private final CustomerBookingPlaces places;
  private final ServiceMenu menu;
  private final LiveShops shops;
  private final SummaryRecommendations summaries;
  private final EndedSessions sessions;
  private final DeferredLines deferred;
  private final Clock clock;

  UpsellSources(
      MaintenanceUpsells maintenance,
      VideoAvailability video,
      CustomerBookingPlaces places,
      ServiceMenu menu,
      LiveShops shops,
      SummaryRecommendations summaries,
      EndedSessions sessions,
      DeferredLines deferred,
      Clock clock) {
    this.maintenance = maintenance;
    this.video = video;
    this.places = places;
    this.menu = menu;
    this.shops = shops;
    this.summaries = summaries;
    this.sessions = sessions;
    this.deferred = deferred;
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
   * The repairs mechanics recommended in sent summaries, not booked since (consult's API), at live
   * shops whose menu still has the repair in the shop: the call to action books it from the
   * session.
   */
  private List<Upsell> followUps(UUID customerId) {
    List<SummaryRecommendations.Recommendation> recommended = summaries.of(customerId);
    LiveMenus live =
        liveMenus(recommended.stream().map(SummaryRecommendations.Recommendation::shopId));
    List<Upsell> upsells = new ArrayList<>();
    for (SummaryRecommendations.Recommendation r : recommended) {
      LiveShops.LiveShop shop = live.shops().get(r.shopId());
      Optional<Offering> repair =
          live.inShop(r.shopId()).filter(o -> r.repairServiceId().equals(o.id())).findFirst();
      if (shop == null || repair.isEmpty()) {
        continue;
      }
      String mechanic = r.mechanicName() == null ? shop.name() : r.mechanicName();
      upsells.add(
          new Upsell(
              UpsellKind.SESSION_FOLLOW_UP,
              "session:" + r.sessionId(),
              r.shopId(),
              null,
              null,
              SummaryRepairs.bookingLink(shop.slug(), r.repairServiceId(), r.sessionId())
                  + "&"
                  + Intakes.FROM
                  + "="
                  + Intakes.FROM_FOLLOW_UP,
              "crm.upsell.follow-up.text",
              List.of(mechanic, repair.get().name()),
              "crm.upsell.follow-up.action",
              List.of(mechanic)));
    }
    return upsells;
  }

  /**
   * Estimate lines the customer declined (kept as "recommended later") on jobs that were not
   * cancelled (jobs' API), at live shops; the call to action books the job's own service again, or
   * the shop's least expensive one.
   */
  private List<Upsell> deferredLines(UUID customerId) {
    List<DeferredLines.DeferredLine> lines = deferred.of(customerId);
    LiveMenus live = liveMenus(lines.stream().map(DeferredLines.DeferredLine::shopId));
    List<Upsell> upsells = new ArrayList<>();
    for (DeferredLines.DeferredLine line : lines) {
      LiveShops.LiveShop shop = live.shops().get(line.shopId());
      Optional<Offering> service =
          live.inShop(line.shopId())
              .min(
                  Comparator.comparing(
                          (Offering o) -> !Objects.equals(o.id(), line.bookedServiceId()))
                      .thenComparingLong(o -> o.price().minor())
                      .thenComparing(Offering::name));
      if (shop == null || service.isEmpty()) {
        continue;
      }
      String vehicle = line.vehicle();
      upsells.add(
          new Upsell(
              UpsellKind.DEFERRED_LINE,
              "line:" + line.lineId(),
              line.shopId(),
              line.vehicleId(),
              null,
              book(shop.slug(), Objects.requireNonNull(service.get().id())),
              vehicle.isBlank() ? "crm.upsell.deferred.text" : "crm.upsell.deferred.vehicle",
              vehicle.isBlank()
                  ? List.of(line.description(), shop.name())
                  : List.of(line.description(), shop.name(), vehicle),
              "crm.upsell.deferred.action",
              List.of(shop.name())));
    }
    return upsells;
  }

  /** Those of some shops that are live, and their public menus (shops' API), in two queries. */
  private record LiveMenus(Map<UUID, LiveShops.LiveShop> shops, Map<UUID, List<Offering>> menus) {

    /** A shop's active in-shop services on its public menu (none when it is not live). */
    Stream<Offering> inShop(UUID shopId) {
      return menus.getOrDefault(shopId, List.of()).stream()
          .filter(o -> o.mode() == OfferingMode.IN_SHOP);
    }
  }

  private LiveMenus liveMenus(Stream<UUID> shopIds) {
    Map<UUID, LiveShops.LiveShop> live = shops.of(shopIds.collect(Collectors.toSet()));
    return new LiveMenus(live, menu.publicMenus(live.keySet()));
  }

  /**
   * After the customer's latest session at a live shop (consult's API), if it ran out of time or
   * was chat only: a video session at that shop when video is offered, or else (out of time) a
   * longer chat.
   */
  private Optional<Upsell> premium(UUID customerId) {
    List<EndedSessions.EndedSession> ended = sessions.latestPerShop(customerId);
    Map<UUID, LiveShops.LiveShop> live =
        shops.of(ended.stream().map(EndedSessions.EndedSession::shopId).toList());
    Optional<EndedSessions.EndedSession> last =
        ended.stream().filter(e -> live.containsKey(e.shopId())).findFirst();
    if (last.isEmpty()) {
      return Optional.empty();
    }
    EndedSessions.EndedSession session = last.get();
    LiveShops.LiveShop shop = live.get(session.shopId());
    if (!session.timeUp() && !session.chatOnly()) {
      return Optional.empty();
    }
    int minutes = session.durationMinutes();
    boolean videoOffered = video.available();
    record Plan(UUID id, String name, int minutes, boolean video) {}
    // The shop's public menu (shops' API): video first when offered, then the shortest, cheapest.
    List<Plan> plans =
        menu.publicMenu(session.shopId()).stream()
            .filter(
                o ->
                    (o.mode() == OfferingMode.REMOTE_VIDEO
                            && videoOffered
                            && o.durationMinutes() >= minutes)
                        || (o.mode() == OfferingMode.REMOTE_CHAT
                            && session.timeUp()
                            && o.durationMinutes() > minutes))
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
    String mechanic = session.mechanicName() == null ? shop.name() : session.mechanicName();
    return Optional.of(
        new Upsell(
            UpsellKind.PREMIUM_SESSION,
            "session:" + session.sessionId(),
            session.shopId(),
            null,
            null,
            "sessions/new/"
                + encode(shop.slug())
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
            List.of(mechanic, plan.name(), String.valueOf(plan.minutes())),
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

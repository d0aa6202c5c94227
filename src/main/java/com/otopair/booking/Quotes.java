package com.otopair.booking;

import com.otopair.base.GeoPoint;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.NotFoundException;
import com.otopair.base.PlainText;
import com.otopair.base.PlausibleDates;
import com.otopair.base.Reputation;
import com.otopair.scheduling.Availability;
import com.otopair.scheduling.Slot;
import com.otopair.shops.Geocoder;
import com.otopair.shops.LiveShops;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotes for the API: which shops near a place can do a kind of service in a time window, which of
 * their mechanics, when, at what price and how customers rate them. Ranked by one score that weighs
 * rating, the soonest free slot, price and distance ({@link QuoteRanking}).
 */
@Service
@Transactional(readOnly = true)
public class Quotes {

  public static final Duration DEFAULT_WINDOW = Duration.ofDays(14);
  public static final Duration LONGEST_WINDOW = Duration.ofDays(31);
  public static final int SLOTS_PER_MECHANIC = 3;

  /**
   * What a client asks: around a city or postal code ({@code where}) or a point, within a radius,
   * for a kind of service, starting between {@code earliest} and {@code latest}.
   */
  public record Request(
      @Nullable String where,
      @Nullable GeoPoint near,
      int radiusKm,
      @Nullable OfferingCategory category,
      @Nullable Instant earliest,
      @Nullable Instant latest,
      int limit) {}

  /** A mechanic of a quoted shop and their next free slots in the window. */
  public record MechanicQuote(UUID mechanicId, String name, List<Slot> nextSlots) {}

  /**
   * A shop that can do it: the cheapest matching service, its mechanics, soonest first, and the
   * shop's rating ({@link Reputation.Rating#NONE} while nobody reviewed it).
   */
  public record ShopQuote(
      ShopDetails shop,
      double distanceKm,
      Offering service,
      ZoneId zone,
      List<MechanicQuote> mechanics,
      Reputation.Rating rating) {

    Slot first() {
      return mechanics.getFirst().nextSlots().getFirst();
    }
  }

  /** The quotes, best first, for the window that was searched. */
  public record Quote(Instant earliest, Instant latest, List<ShopQuote> shops) {}

  private final ShopService shops;
  private final LiveShops liveShops;
  private final ServiceMenu menu;
  private final Availability availability;
  private final Reputation reputation;
  private final Clock clock;

  Quotes(
      ShopService shops,
      LiveShops liveShops,
      ServiceMenu menu,
      Availability availability,
      ObjectProvider<Reputation> reputation,
      Clock clock) {
    this.shops = shops;
    this.liveShops = liveShops;
    this.menu = menu;
    this.availability = availability;
    this.reputation = reputation.getIfAvailable(() -> Reputation.NONE);
    this.clock = clock;
  }

  public Quote quote(Request request) {
    PlainText.requireLine("where", request.where());
    PlausibleDates.require("earliest", request.earliest(), clock);
    PlausibleDates.require("latest", request.latest(), clock);
    GeoPoint centre = centre(request);
    if (request.radiusKm() < 1 || request.radiusKm() > 200) {
      throw new InvalidRequestException("radiusKm", "booking.search.radius");
    }
    if (request.limit() < 1 || request.limit() > 50) {
      throw new InvalidRequestException("limit", "booking.quote.limit");
    }
    Instant now = clock.instant();
    Instant earliest =
        request.earliest() == null || request.earliest().isBefore(now) ? now : request.earliest();
    Instant latest = request.latest() == null ? earliest.plus(DEFAULT_WINDOW) : request.latest();
    if (!latest.isAfter(earliest)) {
      throw new InvalidRequestException("latest", "booking.quote.window.order");
    }
    if (Duration.between(earliest, latest).compareTo(LONGEST_WINDOW) > 0) {
      throw new InvalidRequestException("latest", "booking.quote.window.too-long");
    }
    List<ShopService.Nearby> nearby = shops.liveShopsNear(centre, request.radiusKm());
    Map<UUID, Reputation.Rating> ratings =
        reputation.shops(nearby.stream().map(n -> n.shop().id()).toList());
    List<ShopQuote> quotes = new ArrayList<>();
    for (ShopService.Nearby each : nearby) {
      quote(
              each,
              request.category(),
              earliest,
              latest,
              ratings.getOrDefault(each.shop().id(), Reputation.Rating.NONE))
          .ifPresent(quotes::add);
    }
    List<ShopQuote> ranked = QuoteRanking.rank(quotes, earliest, latest, request.radiusKm());
    return new Quote(
        earliest, latest, List.copyOf(ranked.subList(0, Math.min(ranked.size(), request.limit()))));
  }

  /**
   * A live shop, the mechanics a customer can pick and the services it can be booked for. Only
   * mechanics have schedules: the owner's membership carries none, so the owner isn't listed.
   */
  public record ShopMenu(
      ShopDetails shop, List<ShopDetails.Member> mechanics, List<Offering> services) {}

  /** A shop's free slots for a service over some days (in the shop's zone). */
  public record ShopSlots(
      LiveShops.LiveShop shop,
      Offering service,
      ZoneId zone,
      LocalDate from,
      LocalDate to,
      List<Slot> slots) {}

  public static final int LONGEST_SLOT_RANGE_DAYS = 31;

  /** The live shop at {@code slug} and its bookable services. */
  public ShopMenu menu(String slug) {
    ShopDetails shop = live(slug);
    return new ShopMenu(shop, shop.mechanics(), menu.publicMenu(shop.id()));
  }

  /**
   * The free slots of the shop at {@code slug} for one of its services, with one mechanic or any,
   * from {@code from} (default today) to {@code to} (default a week later), days in the shop's
   * zone.
   */
  public ShopSlots slots(
      String slug,
      UUID serviceId,
      @Nullable UUID mechanicId,
      @Nullable LocalDate from,
      @Nullable LocalDate to) {
    PlausibleDates.require("from", from, clock);
    PlausibleDates.require("to", to, clock);
    LiveShops.LiveShop shop = liveInBrief(slug);
    Offering service =
        menu.publicOffering(shop.id(), serviceId)
            .orElseThrow(
                () -> new InvalidRequestException("service", "booking.slots.no-such-service"));
    ZoneId zone = shop.zone();
    LocalDate first = from != null ? from : LocalDate.now(clock.withZone(zone));
    LocalDate last = to != null ? to : first.plusDays(6);
    if (last.isBefore(first)) {
      throw new InvalidRequestException("to", "booking.slots.range.order");
    }
    if (last.isAfter(first.plusDays(LONGEST_SLOT_RANGE_DAYS - 1))) {
      throw new InvalidRequestException(
          "to", "booking.slots.range.too-long", LONGEST_SLOT_RANGE_DAYS);
    }
    List<Slot> slots = availability.slots(shop.id(), service, mechanicId, first, last);
    return new ShopSlots(shop, service, zone, first, last, slots);
  }

  /** The id of the live shop at {@code slug}, for the booking pages' links. */
  public UUID shopOf(String slug) {
    PlainText.requireLine("shop", slug);
    return liveInBrief(slug).id();
  }

  private LiveShops.LiveShop liveInBrief(String slug) {
    return liveShops.find(slug).orElseThrow(() -> new NotFoundException("booking.shop.not-found"));
  }

  private ShopDetails live(String slug) {
    ShopService.PublicPage page = shops.publicPage(slug);
    if (page instanceof ShopService.PublicPage.Moved moved) {
      page = shops.publicPage(moved.slug());
    }
    if (page instanceof ShopService.PublicPage.Found found) {
      return found.shop();
    }
    throw new NotFoundException("booking.shop.not-found");
  }

  private GeoPoint centre(Request request) {
    if (request.near() != null) {
      GeoPoint near = request.near();
      if (Math.abs(near.latitude()) > 90 || Math.abs(near.longitude()) > 180) {
        throw new InvalidRequestException("near", "booking.quote.near.invalid");
      }
      return near;
    }
    if (request.where() == null || request.where().isBlank()) {
      throw new InvalidRequestException("where", "booking.quote.where.required");
    }
    return shops
        .findPlace(request.where())
        .map(Geocoder.Place::centre)
        .orElseThrow(() -> new InvalidRequestException("where", "booking.quote.where.unknown"));
  }

  private Optional<ShopQuote> quote(
      ShopService.Nearby nearby,
      @Nullable OfferingCategory category,
      Instant earliest,
      Instant latest,
      Reputation.Rating rating) {
    ShopDetails shop = nearby.shop();
    Optional<Offering> service =
        menu.publicMenu(shop.id()).stream()
            .filter(o -> category == null || o.category() == category)
            .min(Comparator.comparingLong(o -> o.price().minor()));
    if (service.isEmpty()) {
      return Optional.empty();
    }
    ZoneId zone = ZoneId.of(shop.timeZone());
    LocalDate from = earliest.atZone(zone).toLocalDate();
    LocalDate to = latest.atZone(zone).toLocalDate();
    Map<UUID, List<Slot>> byMechanic =
        availability.everyMechanic(shop.id(), service.get(), from, to).stream()
            .filter(s -> !s.start().isBefore(earliest) && s.start().isBefore(latest))
            .sorted(Comparator.comparing(Slot::start))
            .collect(
                Collectors.groupingBy(Slot::mechanicId, LinkedHashMap::new, Collectors.toList()));
    if (byMechanic.isEmpty()) {
      return Optional.empty();
    }
    Map<UUID, String> names =
        shop.members().stream()
            .collect(
                Collectors.toMap(
                    ShopDetails.Member::userId, ShopDetails.Member::name, (a, b) -> a));
    List<MechanicQuote> mechanics =
        byMechanic.entrySet().stream()
            .map(
                e ->
                    new MechanicQuote(
                        e.getKey(),
                        names.getOrDefault(e.getKey(), I18n.t("booking.quote.some-mechanic")),
                        e.getValue().stream().limit(SLOTS_PER_MECHANIC).toList()))
            .sorted(
                Comparator.comparing((MechanicQuote m) -> m.nextSlots().getFirst().start())
                    .thenComparingLong(m -> m.nextSlots().getFirst().price().minor()))
            .toList();
    return Optional.of(
        new ShopQuote(shop, nearby.distanceKm(), service.get(), zone, mechanics, rating));
  }
}

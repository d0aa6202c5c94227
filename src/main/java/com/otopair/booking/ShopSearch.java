package com.otopair.booking;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import com.otopair.base.Reputation;
import com.otopair.scheduling.Availability;
import com.otopair.scheduling.Slot;
import com.otopair.shops.Geocoder;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopService;
import com.otopair.team.MechanicProfile;
import com.otopair.team.MechanicProfiles;
import com.otopair.team.Specialty;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding a shop: live shops within a radius of a city, offering a kind of service, with a mechanic
 * of a specialty, free on a day; each with its next free slots and its rating, nearest, soonest or
 * best rated first.
 */
@Service
@Transactional(readOnly = true)
public class ShopSearch {

  public static final int PAGE_SIZE = 10;

  /** What a customer looks for. */
  public record Query(
      String where,
      int radiusKm,
      @Nullable OfferingCategory category,
      @Nullable Specialty specialty,
      @Nullable LocalDate availableOn,
      Order order,
      int page) {}

  /** The order of the results. */
  public enum Order {
    /** Nearest first: the best match for "near me", and the default. */
    DISTANCE,
    /** The soonest free slot first; shops with none in the next two weeks last. */
    SOONEST,
    /**
     * The best {@linkplain FairRating fair rating} first, so a single 5-star review does not
     * outrank hundreds at 4.8; equal ratings nearest first.
     */
    RATING
  }

  /** A shop that matches, the service shown for it, its next free slots and its rating. */
  public record Result(
      ShopDetails shop,
      double distanceKm,
      Offering service,
      ZoneId zone,
      List<Slot> nextSlots,
      Reputation.Rating rating) {}

  /** One page of results, and how many there are in all. */
  public record Page(List<Result> results, int total, Geocoder.Place place) {}

  private final ShopService shops;
  private final ServiceMenu menu;
  private final MechanicProfiles profiles;
  private final Availability availability;
  private final Reputation reputation;
  private final Clock clock;

  ShopSearch(
      ShopService shops,
      ServiceMenu menu,
      MechanicProfiles profiles,
      Availability availability,
      ObjectProvider<Reputation> reputation,
      Clock clock) {
    this.shops = shops;
    this.menu = menu;
    this.profiles = profiles;
    this.availability = availability;
    this.reputation = reputation.getIfAvailable(() -> Reputation.NONE);
    this.clock = clock;
  }

  public Page search(Query query) {
    PlainText.requireLine("where", query.where());
    Geocoder.Place place =
        shops
            .findPlace(query.where())
            .orElseThrow(
                () -> new InvalidRequestException("where", "booking.search.where.unknown"));
    if (query.radiusKm() < 1 || query.radiusKm() > 200) {
      throw new InvalidRequestException("radius", "booking.search.radius");
    }
    List<ShopService.Nearby> nearby = shops.liveShopsNear(place.centre(), query.radiusKm());
    Map<UUID, Reputation.Rating> ratings =
        reputation.shops(nearby.stream().map(n -> n.shop().id()).toList());
    List<Result> results = new ArrayList<>();
    for (ShopService.Nearby each : nearby) {
      match(each, query, ratings.getOrDefault(each.shop().id(), Reputation.Rating.NONE))
          .ifPresent(results::add);
    }
    switch (query.order()) {
      case DISTANCE -> {}
      case SOONEST ->
          results.sort(
              Comparator.comparing(
                  (Result r) -> r.nextSlots().isEmpty() ? null : r.nextSlots().getFirst().start(),
                  Comparator.nullsLast(Comparator.naturalOrder())));
      case RATING ->
          results.sort(
              Comparator.comparingDouble((Result r) -> FairRating.of(r.rating()))
                  .reversed()
                  .thenComparingDouble(Result::distanceKm));
    }
    int from = Math.min(results.size(), Math.max(0, query.page()) * PAGE_SIZE);
    return new Page(
        results.subList(from, Math.min(results.size(), from + PAGE_SIZE)), results.size(), place);
  }

  private Optional<Result> match(ShopService.Nearby nearby, Query query, Reputation.Rating rating) {
    ShopDetails shop = nearby.shop();
    Optional<Offering> service =
        menu.publicMenu(shop.id()).stream()
            .filter(o -> query.category() == null || o.category() == query.category())
            .min(Comparator.comparingLong(o -> o.price().minor()));
    if (service.isEmpty()) {
      return Optional.empty();
    }
    if (query.specialty() != null
        && shop.mechanics().stream()
            .map(m -> profiles.publicProfile(m.userId()))
            .flatMap(Optional::stream)
            .map(MechanicProfile::specialties)
            .noneMatch(s -> s.contains(query.specialty()))) {
      return Optional.empty();
    }
    ZoneId zone = ZoneId.of(shop.timeZone());
    LocalDate first =
        query.availableOn() != null ? query.availableOn() : LocalDate.now(clock.withZone(zone));
    LocalDate last = query.availableOn() != null ? query.availableOn() : first.plusDays(13);
    List<Slot> slots =
        availability.slots(shop.id(), service.get(), null, first, last).stream().limit(3).toList();
    if (query.availableOn() != null && slots.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Result(shop, nearby.distanceKm(), service.get(), zone, slots, rating));
  }
}

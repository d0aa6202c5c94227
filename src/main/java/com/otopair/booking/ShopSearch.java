package com.otopair.booking;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
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
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding a shop: live shops within a radius of a city, offering a kind of service, with a mechanic
 * of a specialty, free on a day; each with its next free slots, nearest or soonest first.
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
      boolean soonestFirst,
      int page) {}

  /** A shop that matches, the service shown for it and its next free slots. */
  public record Result(
      ShopDetails shop, double distanceKm, Offering service, ZoneId zone, List<Slot> nextSlots) {}

  /** One page of results, and how many there are in all. */
  public record Page(List<Result> results, int total, Geocoder.Place place) {}

  private final ShopService shops;
  private final ServiceMenu menu;
  private final MechanicProfiles profiles;
  private final Availability availability;
  private final Clock clock;

  ShopSearch(
      ShopService shops,
      ServiceMenu menu,
      MechanicProfiles profiles,
      Availability availability,
      Clock clock) {
    this.shops = shops;
    this.menu = menu;
    this.profiles = profiles;
    this.availability = availability;
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
    List<Result> results = new ArrayList<>();
    for (ShopService.Nearby nearby : shops.liveShopsNear(place.centre(), query.radiusKm())) {
      match(nearby, query).ifPresent(results::add);
    }
    if (query.soonestFirst()) {
      results.sort(
          Comparator.comparing(
              (Result r) -> r.nextSlots().isEmpty() ? null : r.nextSlots().getFirst().start(),
              Comparator.nullsLast(Comparator.naturalOrder())));
    }
    int from = Math.min(results.size(), Math.max(0, query.page()) * PAGE_SIZE);
    return new Page(
        results.subList(from, Math.min(results.size(), from + PAGE_SIZE)), results.size(), place);
  }

  private Optional<Result> match(ShopService.Nearby nearby, Query query) {
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
    return Optional.of(new Result(shop, nearby.distanceKm(), service.get(), zone, slots));
  }
}

package com.otopair.booking;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Money;
import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.scheduling.WindowHours;
import com.otopair.shops.Geocoder;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.OpeningHours;
import com.otopair.shops.ShopDraft;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.shops.ShopService;
import com.otopair.support.IntegrationTest;
import com.otopair.team.MechanicProfiles;
import com.otopair.team.Specialty;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Search over shops each test places itself, north of the centre of a city no other test or the
 * demo uses (Sherbrooke, Halifax, Winnipeg, Denver), so the results are exactly those shops.
 */
class ShopSearchTest extends IntegrationTest {

  @Autowired ShopSearch search;
  @Autowired ShopService shopPages;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired MechanicProfiles profiles;
  @Autowired UserProvisioning users;

  private ShopSearch.Page find(
      String where,
      int km,
      @Nullable OfferingCategory category,
      @Nullable Specialty specialty,
      boolean soonest) {
    return search.search(
        new ShopSearch.Query(
            where,
            km,
            category,
            specialty,
            null,
            soonest ? ShopSearch.Order.SOONEST : ShopSearch.Order.DISTANCE,
            0));
  }

  private static List<String> slugs(ShopSearch.Page page) {
    return page.results().stream().map(r -> r.shop().slug()).toList();
  }

  /** What one of the test's shops offers and where. */
  private record Spec(
      String city,
      double kmNorth,
      List<OfferingCategory> services,
      Set<Specialty> specialties,
      Set<DayOfWeek> workdays,
      boolean live) {

    static Spec at(String city, double kmNorth) {
      return new Spec(
          city,
          kmNorth,
          List.of(OfferingCategory.DIAGNOSTICS),
          EnumSet.of(Specialty.DIAGNOSTICS),
          EnumSet.allOf(DayOfWeek.class),
          true);
    }

    Spec offering(OfferingCategory... categories) {
      return new Spec(city, kmNorth, List.of(categories), specialties, workdays, live);
    }

    Spec knowing(Specialty specialty) {
      return new Spec(city, kmNorth, services, EnumSet.of(specialty), workdays, live);
    }

    Spec working(DayOfWeek... days) {
      Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
      set.addAll(Arrays.asList(days));
      return new Spec(city, kmNorth, services, specialties, set, live);
    }

    Spec pending() {
      return new Spec(city, kmNorth, services, specialties, workdays, false);
    }
  }

  /**
   * A shop {@code kmNorth} of the city's centre, open every day 08:00–18:00, with one mechanic who
   * works 09:00–12:00 on the spec's days; answers its slug.
   */
  private String shop(Spec spec) {
    Geocoder.Place city = shopPages.findPlace(spec.city()).orElseThrow();
    String tag = UUID.randomUUID().toString().substring(0, 8);
    UUID owner =
        users.createVerifiedUser(
            "owner-" + tag + "@example.test", "Sam Owner", Roles.SHOP_OWNER, "a long passphrase");
    var draft =
        new ShopDraft(
            "Search Garage " + tag,
            "search-" + tag,
            "1 Test Street",
            city.city(),
            city.region(),
            postalCode(city.city()),
            city.country(),
            "(514) 555-0100",
            city.timeZone(),
            "We fix things.",
            city.centre().latitude() + spec.kmNorth() / 111.0,
            city.centre().longitude(),
            Arrays.stream(DayOfWeek.values())
                .map(d -> new OpeningHours(d, LocalTime.of(8, 0), LocalTime.of(18, 0)))
                .toList());
    UUID shop =
        spec.live() ? shops.createLiveShop(owner, draft) : shops.createPendingShop(owner, draft);
    UUID mechanic =
        users.createVerifiedUser(
            "mechanic-" + tag + "@example.test", "Max Mechanic", Roles.MECHANIC, "a passphrase!");
    membership.addMechanic(shop, mechanic);
    profiles.save(mechanic, "I fix cars.", 5, 30, spec.specialties(), "");
    schedules.weeklyHours(
        shop,
        mechanic,
        spec.workdays().stream()
            .map(
                d -> WindowHours.weekly(d, LocalTime.of(9, 0), LocalTime.of(12, 0), BigDecimal.ONE))
            .toList());
    for (OfferingCategory category : spec.services()) {
      shops.addOffering(
          shop,
          new Offering(
              null,
              category.name(),
              "A service.",
              category,
              60,
              new Money(9000, city.country().equals("US") ? "USD" : "CAD"),
              OfferingMode.IN_SHOP,
              true));
    }
    return draft.slug();
  }

  private static String postalCode(String city) {
    return switch (city) {
      case "Sherbrooke" -> "J1H 4A1";
      case "Halifax" -> "B3H 1A1";
      case "Winnipeg" -> "R3C 0A1";
      case "Denver" -> "80202";
      default -> throw new IllegalArgumentException(city);
    };
  }

  @Test
  void aCityFindsItsLiveShopsWithinTheRadiusNearestFirstWithTheirNextSlots() {
    String far = shop(Spec.at("Sherbrooke", 9));
    String near = shop(Spec.at("Sherbrooke", 1));
    String middle = shop(Spec.at("Sherbrooke", 4));
    shop(Spec.at("Sherbrooke", 2).pending());
    shop(Spec.at("Sherbrooke", 3).offering());
    shop(Spec.at("Sherbrooke", 40));

    ShopSearch.Page sherbrooke = find("sherbrooke", 25, null, null, false);

    assertThat(sherbrooke.place().city()).isEqualTo("Sherbrooke");
    assertThat(slugs(sherbrooke)).containsExactly(near, middle, far);
    assertThat(sherbrooke.total()).isEqualTo(3);
    assertThat(sherbrooke.results())
        .allSatisfy(r -> assertThat(r.nextSlots()).hasSize(3))
        .allSatisfy(r -> assertThat(r.zone()).isEqualTo(ZoneId.of("America/Toronto")));
    assertThat(sherbrooke.results().getFirst().distanceKm()).isBetween(0.9, 1.1);
  }

  @Test
  void filtersKeepOnlyShopsOfferingTheServiceWithAMechanicWhoKnowsIt() {
    String brakes =
        shop(Spec.at("Halifax", 1).offering(OfferingCategory.OIL).knowing(Specialty.BRAKES));
    String diesel =
        shop(
            Spec.at("Halifax", 2).offering(OfferingCategory.DIAGNOSTICS).knowing(Specialty.DIESEL));

    assertThat(slugs(find("Halifax", 25, null, null, false))).containsExactly(brakes, diesel);
    ShopSearch.Page oil = find("Halifax", 25, OfferingCategory.OIL, null, false);
    assertThat(slugs(oil)).containsExactly(brakes);
    assertThat(oil.results().getFirst().service().category()).isEqualTo(OfferingCategory.OIL);
    assertThat(slugs(find("Halifax", 25, OfferingCategory.DIAGNOSTICS, null, false)))
        .containsExactly(diesel);
    assertThat(slugs(find("Halifax", 25, null, Specialty.BRAKES, false))).containsExactly(brakes);
    assertThat(slugs(find("Halifax", 25, null, Specialty.DIESEL, false))).containsExactly(diesel);
    assertThat(slugs(find("Halifax", 25, null, Specialty.TYRES, false))).isEmpty();
  }

  @Test
  void soonestFirstOrdersByTheFirstFreeSlotAndPutsShopsWithoutOneLast() {
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("America/Winnipeg")));
    String booked = shop(Spec.at("Winnipeg", 1).working());
    String later = shop(Spec.at("Winnipeg", 2).working(today.plusDays(5).getDayOfWeek()));
    String sooner = shop(Spec.at("Winnipeg", 3).working(today.plusDays(2).getDayOfWeek()));

    assertThat(slugs(find("Winnipeg", 25, null, null, false)))
        .containsExactly(booked, later, sooner);
    ShopSearch.Page soonest = find("Winnipeg", 25, null, null, true);
    assertThat(slugs(soonest)).containsExactly(sooner, later, booked);
    assertThat(soonest.results().getFirst().nextSlots().getFirst().start())
        .isEqualTo(
            today.plusDays(2).atTime(9, 0).atZone(ZoneId.of("America/Winnipeg")).toInstant());
  }

  @Test
  void aPostalCodeSearchesAroundItsCity() {
    String denver = shop(Spec.at("Denver", 2));

    ShopSearch.Page downtown = find("80202", 25, null, null, false);
    assertThat(downtown.place().city()).isEqualTo("Denver");
    assertThat(slugs(downtown)).containsExactly(denver);
    assertThat(find("h2t 1s6", 25, null, null, false).place().city()).isEqualTo("Montréal");
    assertThat(find("H2T", 25, null, null, false).place().city()).isEqualTo("Montréal");
    assertThat(find("H7N 5H9", 25, null, null, false).place().city()).isEqualTo("Laval");
    assertThat(find("M5V 2T6", 25, null, null, false).place().city()).isEqualTo("Toronto");
    assertThat(find("78701", 25, null, null, false).place().city()).isEqualTo("Austin");
    assertThat(find("78664-1234", 25, null, null, false).place().city()).isEqualTo("Round Rock");
    assertRefusedAt(
        () -> find("00000", 25, null, null, false), "where", "We don’t know that city or postal");
  }

  @Test
  void anUnknownCityIsRefusedNextToTheField() {
    assertRefusedAt(
        () -> find("Nowhereville", 25, null, null, false), "where", "We don’t know that city");
  }
}

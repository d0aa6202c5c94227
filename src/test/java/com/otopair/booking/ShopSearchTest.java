package com.otopair.booking;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.shops.OfferingCategory;
import com.otopair.support.IntegrationTest;
import com.otopair.team.Specialty;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Search over the demo shops: Garage du Plateau and Atelier Rosemont in Montreal, Eastside Auto in
 * Austin.
 */
class ShopSearchTest extends IntegrationTest {

  @Autowired ShopSearch search;

  private ShopSearch.Page find(
      String where, int km, OfferingCategory category, Specialty specialty, boolean soonest) {
    return search.search(new ShopSearch.Query(where, km, category, specialty, null, soonest, 0));
  }

  private static List<String> slugs(ShopSearch.Page page) {
    return page.results().stream().map(r -> r.shop().slug()).toList();
  }

  @Test
  void aCityFindsItsLiveShopsNearestFirstWithTheirNextSlots() {
    // Diagnostics: other tests' shops (oil changes only, at the city centre) stay out of the way.
    ShopSearch.Page montreal = find("montréal", 25, OfferingCategory.DIAGNOSTICS, null, false);

    assertThat(montreal.place().city()).isEqualTo("Montreal");
    assertThat(slugs(montreal))
        .contains("garage-du-plateau")
        .doesNotContain("eastside-auto", "pneus-masson");
    assertThat(montreal.results())
        .extracting(ShopSearch.Result::distanceKm)
        .isSortedAccordingTo(Comparator.naturalOrder());
    assertThat(montreal.results())
        .filteredOn(r -> r.shop().slug().equals("garage-du-plateau"))
        .singleElement()
        .satisfies(r -> assertThat(r.nextSlots()).hasSize(3));
    assertThat(slugs(find("Austin", 25, OfferingCategory.DIAGNOSTICS, null, false)))
        .contains("eastside-auto");
  }

  @Test
  void filtersKeepOnlyShopsOfferingTheServiceWithAMechanicWhoKnowsIt() {
    ShopSearch.Page oil = find("Montreal", 25, OfferingCategory.OIL, null, false);
    assertThat(oil.results())
        .allSatisfy(r -> assertThat(r.service().category()).isEqualTo(OfferingCategory.OIL));

    // Luc at Garage du Plateau knows brakes; no one at Atelier Rosemont is listed for diesel.
    assertThat(slugs(find("Montreal", 25, null, Specialty.BRAKES, false)))
        .contains("garage-du-plateau");
    assertThat(slugs(find("Montreal", 25, null, Specialty.DIESEL, false)))
        .doesNotContain("garage-du-plateau", "atelier-rosemont");
  }

  @Test
  void soonestFirstOrdersByTheFirstFreeSlot() {
    List<Instant> firsts =
        find("Montreal", 25, null, null, true).results().stream()
            .filter(r -> !r.nextSlots().isEmpty())
            .map(r -> r.nextSlots().getFirst().start())
            .toList();
    assertThat(firsts).isSortedAccordingTo(Comparator.naturalOrder());
  }

  @Test
  void aPostalCodeSearchesAroundItsCity() {
    ShopSearch.Page plateau = find("h2t 1s6", 25, OfferingCategory.DIAGNOSTICS, null, false);
    assertThat(plateau.place().city()).isEqualTo("Montreal");
    assertThat(slugs(plateau)).contains("garage-du-plateau");
    assertThat(find("H2T", 25, OfferingCategory.DIAGNOSTICS, null, false).place().city())
        .isEqualTo("Montreal");
    assertThat(find("H7N 5H9", 25, null, null, false).place().city()).isEqualTo("Laval");
    assertThat(find("M5V 2T6", 25, null, null, false).place().city()).isEqualTo("Toronto");
    assertThat(find("78701", 25, null, null, false).place().city()).isEqualTo("Austin");
    assertThat(find("78664-1234", 25, null, null, false).place().city()).isEqualTo("Round Rock");
    assertRefusedAt(
        () -> find("X0A 0H0", 25, null, null, false), "where", "We don't know that city or postal");
  }

  @Test
  void anUnknownCityIsRefusedNextToTheField() {
    assertRefusedAt(
        () -> find("Atlantis", 25, null, null, false), "where", "We don't know that city");
  }
}

package com.otopair.booking.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.otopair.booking.ShopSearch;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.ShopService;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FindViewTest extends KaribuTest {

  @Test
  void aSharedSearchAddressShowsItsResultsWithTheirNextSlots() {
    navigate("find?where=Austin&km=25&service=OIL");
    FindView view = _get(FindView.class);

    assertThat(_get(H2.class, spec -> spec.withId("find-count")).getText())
        .endsWith("around Austin");
    assertThat(view.results.getElement().getTextRecursively())
        .contains("Eastside Auto Repair")
        .contains("Synthetic oil change from");
    assertThat(view.category.getValue()).contains(OfferingCategory.OIL);

    // A search writes itself back: what differs from the defaults, no more.
    view.radius.setValue(50);
    view.order.setValue(ShopSearch.Order.SOONEST);
    assertThat(view.filterLocation().getQueryParameters().getParameters())
        .as("what the next search writes to the address")
        .isEqualTo(
            Map.of(
                "where", List.of("Austin"),
                "km", List.of("50"),
                "service", List.of("OIL"),
                "sort", List.of("soonest")));
    navigate("find?where=Austin&km=25&service=OIL&sort=soonest");
    view = _get(FindView.class);
    assertThat(view.order.getValue()).isEqualTo(ShopSearch.Order.SOONEST);
    assertThat(view.filterLocation().getQueryParameters().getParameters())
        .isEqualTo(
            Map.of(
                "where", List.of("Austin"), "service", List.of("OIL"), "sort", List.of("soonest")));
  }

  @Autowired ShopService shops;

  @Test
  void theBrowsersLocationPicksTheNearestCity() {
    navigate("find");
    FindView view = _get(FindView.class);

    // What the browser answers for a phone in downtown Austin.
    view.searchNear("30.2711,-97.7437", shops);

    assertThat(view.where.getValue()).isEqualTo("Austin, TX");
    assertThat(_get(H2.class, spec -> spec.withId("find-count")).getText())
        .endsWith("around Austin");
    view.searchNear("", shops);
    NotificationsKt.expectNotifications("We couldn’t get your location; pick your city instead");
  }

  @Test
  void aBadValueInTheAddressIsIgnoredAndTheFieldKeepsItsDefault() {
    navigate("find?where=Austin&km=abc&on=tomorrow&service=NOPE");
    FindView view = _get(FindView.class);

    assertThat(currentView()).isEqualTo("FindView");
    assertThat(view.radius.getValue()).isEqualTo(25);
    assertThat(view.availableOn.getValue()).isNull();
    assertThat(view.category.getValue()).isEqualTo(Optional.empty());
    assertThat(_get(H2.class, spec -> spec.withId("find-count")).getText())
        .endsWith("around Austin");

    for (String address :
        new String[] {
          "find?km=abc",
          "find?km=7",
          "find?km=99999999999",
          "find?on=tomorrow",
          "find?on=%2B999999999-12-31",
          "find?on=2026-02-30",
          "find?where=Aus%07tin"
        }) {
      navigate(address);
      view = _get(FindView.class);
      assertThat(currentView()).as(address).isEqualTo("FindView");
      assertThat(view.radius.getValue()).as(address).isEqualTo(25);
      assertThat(view.availableOn.getValue()).as(address).isNull();
    }
  }

  @Test
  void anUnknownCityIsShownNextToTheField() {
    navigate("find");
    FindView view = _get(FindView.class);
    _setValue(view.where, "Nowhereville");
    _click(view.search);
    _expectInvalid(
        view.where, "We don’t know that city or postal code yet; try a nearby city from the list");
    assertThat(view.specialty.getValue()).isEqualTo(Optional.empty());
  }

  @Test
  void theFiltersToggleSaysHowManyAreSetAndOpensThem() {
    navigate("find?where=Austin&km=50&service=OIL");
    FindView view = _get(FindView.class);

    assertThat(view.filtersToggle.getText()).isEqualTo("Filters (2)");
    assertThat(view.filtersToggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
    _click(view.filtersToggle);
    assertThat(view.filters.getClassNames()).contains("otopair-find-filters-open");
    assertThat(view.filtersToggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
    _setValue(view.category, Optional.empty());
    assertThat(view.filtersToggle.getText()).isEqualTo("Filters (1)");
  }
}

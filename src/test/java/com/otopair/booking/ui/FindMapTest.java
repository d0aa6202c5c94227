package com.otopair.booking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.ui.map.MapTiles;
import com.otopair.base.ui.map.PlaceMap;
import com.otopair.booking.ShopSearch;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Find's results on a map: a marker per shop listed, each to the shop's page. */
class FindMapTest extends KaribuTest {

  @Test
  void theResultsShowOnAMapWithOneMarkerPerShopListed() {
    navigate("find?where=Austin&km=25");
    FindView view = _get(FindView.class);

    var cards = _find(view.results, FindResultCard.class);
    assertThat(cards).as("the shops listed").isNotEmpty();
    PlaceMap map = _get(PlaceMap.class, spec -> spec.withId("find-map"));
    assertThat(map.getMarkers())
        .as("one marker per shop listed, labelled with its name, linking to its page")
        .hasSize(cards.size())
        .anySatisfy(
            marker -> {
              assertThat(marker.label()).isEqualTo("Eastside Auto Repair");
              assertThat(marker.href()).isEqualTo("shops/eastside-auto");
            });
    assertThat(map.getElement().getAttribute("aria-label")).isEqualTo("Map of the shops found");
    assertThat(map.getElement().getPropertyRaw("markers").toString())
        .as("what the browser draws")
        .contains("\"label\":\"Eastside Auto Repair\"", "\"href\":\"shops/eastside-auto\"");
  }

  @Test
  void aSearchThatFindsNothingShowsNoMap() {
    navigate("find?where=Phoenix&km=5");

    assertThat(_get(H2.class, spec -> spec.withId("find-count")).getText())
        .isEqualTo("No shops match yet");
    assertThat(_find(PlaceMap.class)).as("a map without markers").isEmpty();
  }

  @Autowired ShopSearch search;

  @Test
  void aDeploymentWithoutTilesShowsNoMapEvenWithResults() {
    navigate("find?where=Austin&km=25");
    var austin =
        search.search(
            new ShopSearch.Query("Austin", 25, null, null, null, ShopSearch.Order.DISTANCE, 0));
    assertThat(austin.results()).isNotEmpty();

    var withoutTiles = new FindMap(new MapTiles("", null));
    withoutTiles.show(austin.place().centre(), austin.results());

    assertThat(withoutTiles.isVisible()).isFalse();
  }

  @Test
  void noMapShowsBeforeASearch() {
    navigate("find");

    assertThat(_find(_get(Main.class), PlaceMap.class)).isEmpty();
  }

  @Test
  void aPhoneFoldsTheMapAwayAndBackWithItsToggle() {
    navigate("find?where=Austin&km=25");
    var toggle = _get(Button.class, spec -> spec.withId("find-map-toggle"));
    var folding = _get(Div.class, spec -> spec.withClasses("otopair-find-map"));

    assertThat(toggle.getText()).isEqualTo("Hide the map");
    assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
    _click(toggle);
    assertThat(folding.getClassNames()).contains("otopair-find-map-folded");
    assertThat(toggle.getText()).isEqualTo("Show the map");
    assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
    _click(toggle);
    assertThat(folding.getClassNames()).doesNotContain("otopair-find-map-folded");
  }
}

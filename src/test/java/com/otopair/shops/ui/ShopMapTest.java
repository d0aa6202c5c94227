package com.otopair.shops.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.GeoPoint;
import com.otopair.base.ui.map.MapTiles;
import com.otopair.base.ui.map.PlaceMap;
import com.otopair.shops.ShopService;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shop page's small map of where the shop is, and directions that work without it. */
class ShopMapTest extends KaribuTest {

  @Autowired ShopService shops;

  @Test
  void theShopPageMarksTheShopOnAMapAndLinksToDirectionsToItsAddress() {
    navigate("shops/eastside-auto");

    PlaceMap map = _get(PlaceMap.class, spec -> spec.withId("shop-location-map"));
    assertThat(map.getMarkers())
        .singleElement()
        .satisfies(
            marker -> {
              assertThat(marker.label()).isEqualTo("Eastside Auto Repair");
              assertThat(marker.point()).isEqualTo(eastside());
              assertThat(marker.href()).as("the page is already the shop's").isNull();
            });
    assertThat(map.getElement().getAttribute("aria-label"))
        .isEqualTo("Eastside Auto Repair on the map");

    Anchor directions = _get(Anchor.class, spec -> spec.withId("shop-directions"));
    assertThat(directions.getText()).isEqualTo("Directions");
    assertThat(directions.getHref())
        .as("directions to the street address, in any maps app")
        .isEqualTo(
            "https://www.google.com/maps/dir/?api=1&destination="
                + "1701+E+7th+St%2C+Austin%2C+TX+78702%2C+US");
    assertThat(directions.getTarget()).hasValue("_blank");
  }

  @Test
  void aDeploymentWithoutTilesShowsNoMapButStillGivesDirections() {
    var found = (ShopService.PublicPage.Found) shops.publicPage("eastside-auto");

    assertThat(ShopLocation.map(found.shop(), new MapTiles("", null))).isEmpty();
    assertThat(ShopLocation.directions(found.shop()).getHref())
        .startsWith("https://www.google.com/maps/dir/");
  }

  private GeoPoint eastside() {
    var found = (ShopService.PublicPage.Found) shops.publicPage("eastside-auto");
    return new GeoPoint(found.shop().latitude(), found.shop().longitude());
  }
}

package com.otopair.shops.ui;

import com.otopair.base.GeoPoint;
import com.otopair.base.I18n;
import com.otopair.base.ui.map.MapTiles;
import com.otopair.base.ui.map.PlaceMap;
import com.otopair.shops.ShopDetails;
import com.vaadin.flow.component.html.Anchor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Where a shop is, on its public page: a small map with its marker under its address, and
 * directions to its street address in the visitor's maps app, which work without the map.
 */
final class ShopLocation {

  private ShopLocation() {}

  /**
   * A small map of the shop's place, its marker labelled with its name; none where the deployment
   * shows no maps.
   */
  static Optional<PlaceMap> map(ShopDetails shop, MapTiles tiles) {
    if (!tiles.shown()) {
      return Optional.empty();
    }
    var point = new GeoPoint(shop.latitude(), shop.longitude());
    var map = new PlaceMap(tiles);
    map.setId("shop-location-map");
    map.addClassName("otopair-shop-map");
    map.setAriaLabel(I18n.t("shops.public.map", shop.name()));
    map.setCentre(point, PlaceMap.STREET_ZOOM);
    map.setMarkers(List.of(new PlaceMap.Marker(shop.id().toString(), point, shop.name())));
    return Optional.of(map);
  }

  /**
   * "Directions": Google Maps' directions to the shop's street address (its universal link opens
   * the maps app on phones, the website elsewhere), in a new tab.
   */
  static Anchor directions(ShopDetails shop) {
    String address =
        shop.street()
            + ", "
            + shop.city()
            + ", "
            + shop.region()
            + " "
            + shop.postalCode()
            + ", "
            + shop.country();
    var directions =
        new Anchor(
            "https://www.google.com/maps/dir/?api=1&destination="
                + URLEncoder.encode(address, StandardCharsets.UTF_8),
            I18n.t("shops.public.directions"));
    directions.setTarget("_blank");
    directions.getElement().setAttribute("rel", "noopener");
    directions.addClassName("otopair-button-link-tertiary");
    directions.setId("shop-directions");
    return directions;
  }
}

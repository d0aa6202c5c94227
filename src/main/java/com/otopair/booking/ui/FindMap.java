package com.otopair.booking.ui;

import com.otopair.base.GeoPoint;
import com.otopair.base.ui.map.MapTiles;
import com.otopair.base.ui.map.PlaceMap;
import com.otopair.booking.ShopSearch;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.List;

/**
 * The results on a map: a marker per shop shown, each to its page. Beside the results on a wide
 * screen; above them on a phone, folded away behind "Hide the map". Not there before a search, when
 * nothing was found, or where the deployment shows no maps ({@link MapTiles#shown()}): the list
 * says everything the map shows.
 */
class FindMap extends Div {

  final PlaceMap map;
  final Button toggle = new Button(getTranslation("booking.find.map.hide"));
  private final boolean mapsShown;

  FindMap(MapTiles tiles) {
    this.mapsShown = tiles.shown();
    map = new PlaceMap(tiles);
    map.setId("find-map");
    map.setAriaLabel(getTranslation("booking.find.map"));
    toggle.addClassName("otopair-find-map-toggle");
    toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    toggle.setId("find-map-toggle");
    toggle.getElement().setAttribute("aria-controls", "find-map");
    toggle.addClickListener(e -> fold(!hasClassName("otopair-find-map-folded")));
    fold(false);
    add(toggle, map);
    addClassName("otopair-find-map");
    setVisible(false);
  }

  /** Shows the shops of {@code shown} around {@code place}; no map when there are none. */
  void show(GeoPoint place, List<ShopSearch.Result> shown) {
    map.setCentre(place, 13);
    map.setMarkers(
        shown.stream()
            .map(
                result ->
                    new PlaceMap.Marker(
                        result.shop().id().toString(),
                        new GeoPoint(result.shop().latitude(), result.shop().longitude()),
                        result.shop().name(),
                        "shops/" + result.shop().slug()))
            .toList());
    setVisible(mapsShown && !shown.isEmpty());
  }

  /** No search, no map. */
  void clear() {
    map.setMarkers(List.of());
    setVisible(false);
  }

  /** Folds the map away (a phone's choice; wide screens always show it) or unfolds it. */
  private void fold(boolean folded) {
    setClassName("otopair-find-map-folded", folded);
    toggle.setText(getTranslation(folded ? "booking.find.map.show" : "booking.find.map.hide"));
    toggle.getElement().setAttribute("aria-expanded", String.valueOf(!folded));
  }
}

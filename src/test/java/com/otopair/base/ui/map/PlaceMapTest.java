package com.otopair.base.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.GeoPoint;
import com.otopair.base.I18n;
import com.vaadin.flow.component.ComponentUtil;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the map sends to the browser, and what the browser's marker clicks tell the server. */
class PlaceMapTest {

  private static final MapTiles OSM =
      new MapTiles(
          "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
          "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>"
              + " contributors");
  private static final GeoPoint PLATEAU = new GeoPoint(45.5236, -73.5817);
  private static final GeoPoint EASTSIDE = new GeoPoint(30.2627, -97.7253);

  private final PlaceMap map = new PlaceMap(OSM);

  private JsonNode property(String name) {
    return (JsonNode) map.getElement().getPropertyRaw(name);
  }

  @Test
  void theTilesComeFromTheConfiguredServerWithItsAttribution() {
    JsonNode tiles = property("tiles");
    assertThat(tiles.get("url").asString())
        .isEqualTo("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    assertThat(tiles.get("attribution").asString()).contains("OpenStreetMap</a> contributors");
    assertThat(tiles.get("zoomIn").asString()).isEqualTo("Zoom in");
    assertThat(tiles.get("zoomOut").asString()).isEqualTo("Zoom out");
    assertThat(map.getElement().getAttribute("role")).isEqualTo("region");
  }

  @Test
  void theZoomButtonsSpeakThePagesLanguage() {
    PlaceMap french = I18n.in(I18n.FRENCH, () -> new PlaceMap(OSM));

    JsonNode tiles = (JsonNode) french.getElement().getPropertyRaw("tiles");
    assertThat(tiles.get("zoomIn").asString()).isEqualTo("Zoom avant");
    assertThat(tiles.get("zoomOut").asString()).isEqualTo("Zoom arrière");
  }

  @Test
  void withoutATileUrlNoMapsAreShown() {
    assertThat(new MapTiles("", "x").shown()).isFalse();
    assertThat(new MapTiles(null, null).shown()).isFalse();
    assertThat(new MapTiles("  ", null).shown()).isFalse();
    assertThat(OSM.shown()).isTrue();
  }

  @Test
  void everyMarkerReachesTheBrowserWithItsLabelAndLink() {
    map.setMarkers(
        List.of(
            new PlaceMap.Marker("a", PLATEAU, "Garage du Plateau", "shops/garage-du-plateau"),
            new PlaceMap.Marker("b", EASTSIDE, "Eastside Auto Repair")));

    JsonNode markers = property("markers");
    assertThat(markers).hasSize(2);
    assertThat(markers.get(0).get("id").asString()).isEqualTo("a");
    assertThat(markers.get(0).get("lat").asDouble()).isEqualTo(45.5236);
    assertThat(markers.get(0).get("lng").asDouble()).isEqualTo(-73.5817);
    assertThat(markers.get(0).get("label").asString()).isEqualTo("Garage du Plateau");
    assertThat(markers.get(0).get("href").asString()).isEqualTo("shops/garage-du-plateau");
    assertThat(markers.get(1).has("href")).as("a marker that links nowhere").isFalse();

    map.setMarkers(List.of());
    assertThat(property("markers")).as("every new list replaces the markers").isEmpty();
  }

  @Test
  void theCentreIsWhereAMapWithoutMarkersLooks() {
    assertThat(property("centre").has("lat")).as("no centre yet: Canada and the US").isFalse();
    assertThat(property("centre").get("zoom").asInt()).isEqualTo(PlaceMap.STREET_ZOOM);

    map.setCentre(PLATEAU, 12);

    assertThat(property("centre").get("lat").asDouble()).isEqualTo(45.5236);
    assertThat(property("centre").get("lng").asDouble()).isEqualTo(-73.5817);
    assertThat(property("centre").get("zoom").asInt()).isEqualTo(12);
    assertThat(map.getCentre()).contains(PLATEAU);
    assertThatThrownBy(() -> map.setCentre(PLATEAU, 20))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> map.setCentre(PLATEAU, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aClickedMarkerIsToldToTheServer() {
    var marker = new PlaceMap.Marker("a", PLATEAU, "Garage du Plateau");
    map.setMarkers(List.of(marker));
    List<MarkerClickEvent> clicks = new ArrayList<>();
    map.addMarkerClickListener(clicks::add);

    ComponentUtil.fireEvent(map, new MarkerClickEvent(map, true, "a"));
    ComponentUtil.fireEvent(map, new MarkerClickEvent(map, true, "gone"));

    assertThat(clicks).hasSize(2);
    assertThat(clicks.get(0).getMarkerId()).isEqualTo("a");
    assertThat(clicks.get(0).getMarker()).contains(marker);
    assertThat(clicks.get(1).getMarker()).as("a marker the map no longer holds").isEmpty();
  }
}

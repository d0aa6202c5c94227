package com.otopair.base.ui.map;

import com.otopair.base.GeoPoint;
import com.otopair.base.I18n;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A map of places over the Leaflet library: one marker per {@link Marker}, the view fitted to show
 * them all (or the {@linkplain #setCentre(GeoPoint, int) centre} while there are none).
 *
 * <p><b>Tiles.</b> The visitor's browser loads them from the server {@link MapTiles} names, with
 * its attribution in the corner. Where they cannot load (offline, tests) the markers stand on a
 * plain background and the page around works as before. Add a map only where {@link
 * MapTiles#shown()}: a deployment without a tile URL shows none.
 *
 * <p><b>Markers.</b> A marker is labelled for screen readers and reached with the keyboard (Tab,
 * then Enter); its label shows on hover and focus. A click follows its {@linkplain Marker#href()
 * link} and fires a {@link MarkerClickEvent}. A map only repeats what the page says in words: put
 * the same places in a list beside it.
 *
 * <p>The map scrolls with the page (the mouse wheel never zooms it); give it a height with {@link
 * #setHeight(String)} (default 320 px, from {@code otopair-map.css}).
 */
@Tag("otopair-map")
@NpmPackage(value = "leaflet", version = PlaceMap.LEAFLET_VERSION)
@JsModule("./map/otopair-map.js")
@CssImport("leaflet/dist/leaflet.css")
@CssImport("./map/otopair-map.css")
public class PlaceMap extends Component implements HasSize, HasStyle, HasAriaLabel {

  /** The Leaflet release the client side is built against. */
  public static final String LEAFLET_VERSION = "1.9.4";

  /** How close a map with one marker, or none, looks by default: a neighbourhood's streets. */
  public static final int STREET_ZOOM = 15;

  /**
   * A place on the map: {@code id} names it in {@link MarkerClickEvent}s, {@code label} is what
   * hover, focus and screen readers say, {@code href} (optional) is where a click goes: a page of
   * this application ({@code shops/garage-du-plateau}) or an absolute URL.
   */
  public record Marker(String id, GeoPoint point, String label, @Nullable String href) {

    public Marker {
      Objects.requireNonNull(id);
      Objects.requireNonNull(point);
      Objects.requireNonNull(label);
    }

    /** A marker that links nowhere. */
    public Marker(String id, GeoPoint point, String label) {
      this(id, point, label, null);
    }
  }

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private List<Marker> markers = List.of();
  private @Nullable GeoPoint centre;
  private int zoom = STREET_ZOOM;

  /** A map on {@code tiles}, in the page's language (its zoom buttons). */
  public PlaceMap(MapTiles tiles) {
    ObjectNode settings = JSON.objectNode();
    settings.put("url", tiles.shown() ? tiles.tilesUrl() : "");
    settings.put("attribution", tiles.attribution() == null ? "" : tiles.attribution());
    settings.put("zoomIn", I18n.t("base.map.zoom-in"));
    settings.put("zoomOut", I18n.t("base.map.zoom-out"));
    getElement().setPropertyJson("tiles", settings);
    getElement().setAttribute("role", "region");
    writeMarkers();
    writeCentre();
  }

  /** Replaces all markers; the map fits them. */
  public void setMarkers(List<Marker> markers) {
    this.markers = List.copyOf(markers);
    writeMarkers();
  }

  /** The markers last given to {@link #setMarkers(List)}. */
  public List<Marker> getMarkers() {
    return markers;
  }

  /** The marker with this id, if the map holds one. */
  public Optional<Marker> findMarker(String id) {
    return markers.stream().filter(marker -> marker.id().equals(id)).findFirst();
  }

  /**
   * Where the map looks while it has no markers, and how close (Leaflet's zoom levels: 3 a
   * continent, 10 a city, {@link #STREET_ZOOM} streets); one marker is shown at this zoom too.
   */
  public void setCentre(GeoPoint centre, int zoom) {
    if (zoom < 0 || zoom > 19) {
      throw new IllegalArgumentException("Not a zoom level from 0 to 19: " + zoom);
    }
    this.centre = Objects.requireNonNull(centre);
    this.zoom = zoom;
    writeCentre();
  }

  /** The centre last set, if any. */
  public Optional<GeoPoint> getCentre() {
    return Optional.ofNullable(centre);
  }

  /** Called when the user clicks a marker (or presses Enter on it). */
  public Registration addMarkerClickListener(ComponentEventListener<MarkerClickEvent> listener) {
    return addListener(MarkerClickEvent.class, listener);
  }

  // ---- state sent to the browser (element properties, so it survives detach and re-attach)

  private void writeMarkers() {
    ArrayNode list = JSON.arrayNode();
    for (Marker marker : markers) {
      ObjectNode entry = list.addObject();
      entry.put("id", marker.id());
      entry.put("lat", marker.point().latitude());
      entry.put("lng", marker.point().longitude());
      entry.put("label", marker.label());
      if (marker.href() != null) {
        entry.put("href", marker.href());
      }
    }
    getElement().setPropertyJson("markers", list);
  }

  private void writeCentre() {
    ObjectNode view = JSON.objectNode();
    if (centre != null) {
      view.put("lat", centre.latitude());
      view.put("lng", centre.longitude());
    }
    view.put("zoom", zoom);
    getElement().setPropertyJson("centre", view);
  }
}

/*
 * <otopair-map>: the browser side of com.otopair.base.ui.map.PlaceMap, a map of places over
 * Leaflet 1.9 (npm "leaflet", bundled with the application like the calendar: its stylesheet,
 * imported by the Java class, and the marker images below come from Otopair, never from a CDN).
 *
 * Leaflet renders into a box in this element's light DOM, where its global stylesheet applies.
 * The server drives the element through three properties (so a re-attached element rebuilds itself
 * from them) and hears back through a DOM event:
 *
 *   tiles    { url, attribution, zoomIn, zoomOut }: the tile server's URL template ("" for none),
 *            its attribution (HTML, shown in the corner) and the zoom buttons' words in the page's
 *            language
 *   markers  [{ id, lat, lng, label, href }]: every new value replaces all markers
 *   centre   { lat, lng, zoom }: where the map looks while it has no markers (lat and lng may be
 *            missing: then Canada and the US), and the zoom of a map with one marker
 *
 *   otopair-marker-click  detail { id }: a marker was clicked, or Enter pressed on it; the browser
 *                         then follows the marker's href, when it has one
 *
 * The view fits the markers, again whenever the element changes size, until the visitor moves the
 * map. Tiles load from the visitor's browser; a tile that cannot load stays hidden, so where none
 * can (offline, tests) the markers stand on the plain background. The mouse wheel scrolls the page,
 * never zooms the map. data-markers says how many markers are drawn.
 */
import {
  Icon,
  control,
  latLngBounds,
  map as leafletMap,
  marker as leafletMarker,
  tileLayer,
} from 'leaflet/dist/leaflet-src.esm.js';
import markerIcon from 'leaflet/dist/images/marker-icon.png';
import markerIcon2x from 'leaflet/dist/images/marker-icon-2x.png';
import markerShadow from 'leaflet/dist/images/marker-shadow.png';

/** Leaflet's own marker, its images imported so the bundler ships them (no path guessing). */
const MARKER_ICON = new Icon({
  iconUrl: markerIcon,
  iconRetinaUrl: markerIcon2x,
  shadowUrl: markerShadow,
  iconSize: [25, 41],
  iconAnchor: [12, 41],
  tooltipAnchor: [0, -36],
  shadowSize: [41, 41],
});

/** Canada and the US, for a map with nothing to show yet. */
const NORTH_AMERICA = { lat: 47, lng: -96, zoom: 3 };
const STREET_ZOOM = 15;
/** Room around fitted markers: more above, where a marker's pin stands over its place. */
const FIT_PADDING_TOP_LEFT = [32, 56];
const FIT_PADDING_BOTTOM_RIGHT = [32, 24];

class OtopairMap extends HTMLElement {
  constructor() {
    super();
    this._tiles = {};
    this._markers = [];
    this._centre = {};
    this._map = undefined;
    this._tileLayer = undefined;
    this._drawn = [];
    this._moved = false;
    this._resizing = undefined;
  }

  connectedCallback() {
    // Properties set before the element was upgraded sit on the instance and shadow the setters.
    for (const name of ['tiles', 'markers', 'centre']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    this._create();
  }

  disconnectedCallback() {
    this._destroy();
  }

  set tiles(tiles) {
    this._tiles = tiles || {};
    if (this._map) {
      this._drawTiles();
    }
  }

  get tiles() {
    return this._tiles;
  }

  set markers(markers) {
    this._markers = markers || [];
    if (this._map) {
      this._drawMarkers();
      this._moved = false;
      this._fit();
    }
  }

  get markers() {
    return this._markers;
  }

  set centre(centre) {
    this._centre = centre || {};
    if (this._map && this._markers.length === 0) {
      this._fit();
    }
  }

  get centre() {
    return this._centre;
  }

  _create() {
    if (this._map || !this.isConnected) {
      return;
    }
    const box = document.createElement('div');
    box.className = 'otopair-map-box';
    this.appendChild(box);
    this._map = leafletMap(box, {
      zoomControl: false,
      scrollWheelZoom: false,
      // A view must be set before anything is drawn; _fit() picks the real one.
      center: [NORTH_AMERICA.lat, NORTH_AMERICA.lng],
      zoom: NORTH_AMERICA.zoom,
    });
    this._map.attributionControl.setPrefix(
      '<a href="https://leafletjs.com" target="_blank" rel="noopener">Leaflet</a>'
    );
    control
      .zoom({
        zoomInTitle: this._tiles.zoomIn || 'Zoom in',
        zoomOutTitle: this._tiles.zoomOut || 'Zoom out',
      })
      .addTo(this._map);
    // Only the visitor's own moves stop the view from following the markers.
    this._map.on('dragstart', () => {
      this._moved = true;
    });
    this._drawTiles();
    this._drawMarkers();
    this._fit();
    this._resizing = new ResizeObserver(() => {
      if (this._map) {
        this._map.invalidateSize();
        if (!this._moved) {
          this._fit();
        }
      }
    });
    this._resizing.observe(this);
  }

  _destroy() {
    if (this._resizing) {
      this._resizing.disconnect();
      this._resizing = undefined;
    }
    if (this._map) {
      this._map.remove();
      this._map = undefined;
    }
    this._tileLayer = undefined;
    this._drawn = [];
    this.replaceChildren();
  }

  _drawTiles() {
    if (this._tileLayer) {
      this._tileLayer.remove();
      this._tileLayer = undefined;
    }
    if (this._tiles.url) {
      this._tileLayer = tileLayer(this._tiles.url, {
        attribution: this._tiles.attribution || '',
        maxZoom: 19,
      }).addTo(this._map);
    }
  }

  _drawMarkers() {
    this._drawn.forEach((drawn) => drawn.remove());
    this._drawn = this._markers.map((place) => {
      const drawn = leafletMarker([place.lat, place.lng], {
        icon: MARKER_ICON,
        alt: place.label,
        keyboard: true,
        riseOnHover: true,
      });
      drawn.bindTooltip(place.label, { direction: 'top' });
      drawn.on('click', () => this._follow(place));
      drawn.addTo(this._map);
      // Leaflet opens popups on Enter; a marker here is a link, so Enter follows it.
      drawn.getElement().addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          this._follow(place);
        }
      });
      return drawn;
    });
    this.dataset.markers = String(this._drawn.length);
  }

  _follow(place) {
    this.dispatchEvent(new CustomEvent('otopair-marker-click', { detail: { id: place.id } }));
    if (place.href) {
      window.location.assign(new URL(place.href, document.baseURI).href);
    }
  }

  _fit() {
    const map = this._map;
    if (!map) {
      return;
    }
    const zoom = Number.isInteger(this._centre.zoom) ? this._centre.zoom : STREET_ZOOM;
    const points = this._markers.map((place) => [place.lat, place.lng]);
    if (points.length === 1) {
      map.setView(points[0], zoom, { animate: false });
    } else if (points.length > 1) {
      const size = map.getSize();
      if (size.x > 0 && size.y > 0) {
        map.fitBounds(latLngBounds(points), {
          paddingTopLeft: FIT_PADDING_TOP_LEFT,
          paddingBottomRight: FIT_PADDING_BOTTOM_RIGHT,
          maxZoom: zoom,
          animate: false,
        });
      }
    } else if (typeof this._centre.lat === 'number') {
      map.setView([this._centre.lat, this._centre.lng], zoom, { animate: false });
    } else {
      map.setView([NORTH_AMERICA.lat, NORTH_AMERICA.lng], NORTH_AMERICA.zoom, { animate: false });
    }
  }
}

customElements.define('otopair-map', OtopairMap);

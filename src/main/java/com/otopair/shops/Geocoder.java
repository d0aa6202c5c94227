package com.otopair.shops;

import com.otopair.base.GeoPoint;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns a place name or a postal code into coordinates and a time zone. Otopair ships an offline
 * implementation (a gazetteer of every Canadian and US place of more than 1,000 people, ZIP code
 * and postal code area); a geocoding service could replace it behind this interface.
 */
public interface Geocoder {

  /** A known place: where its centre is and which time zone it keeps. */
  record Place(String city, String region, String country, GeoPoint centre, String timeZone) {

    /** "Trois-Rivières, QC": how a place is offered while typing, and read back by locate. */
    public String label() {
      return city + ", " + region;
    }
  }

  /**
   * The place of that name in {@code country} ("CA" or "US"; {@code null} for either), the biggest
   * of several. Reads "Montréal", "montreal", "St-Jean" for "Saint-Jean", "Mont Royal" for
   * "Mont-Royal", and a region after the name: "London, ON", "Portland Maine".
   */
  Optional<Place> locate(String city, @Nullable String country);

  /**
   * The place a Canadian postal code ("H2J 2L4", "h2j2l4", or its first three characters "H2J") or
   * a US ZIP code ("83702", "83702-1234") belongs to, at the centre of its area.
   */
  Optional<Place> locatePostalCode(String code);

  /**
   * At most {@code limit} places whose name starts with what was typed, the biggest first: the
   * suggestions while someone types a place.
   */
  List<Place> suggest(String typed, int limit);

  /** The place nearest to a point, such as a browser's location. */
  Optional<Place> nearest(GeoPoint point);
}

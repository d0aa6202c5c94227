package com.otopair.shops;

import com.otopair.base.GeoPoint;
import java.util.List;
import java.util.Optional;

/**
 * Turns a city into coordinates and a time zone. Otopair ships an offline implementation (a
 * built-in list of city centres); a real geocoding service can replace it behind this interface.
 */
public interface Geocoder {

  /** A known place: where its centre is and which time zone it keeps. */
  record Place(String city, String region, String country, GeoPoint centre, String timeZone) {}

  Optional<Place> locate(String city, String country);

  /**
   * The place a Canadian postal code ("H2J 2L4", or its first three characters) or a US ZIP code
   * belongs to, if this geocoder knows it.
   */
  default Optional<Place> locatePostalCode(String code) {
    return Optional.empty();
  }

  /** The places this geocoder knows, for suggestions while typing. */
  List<Place> places();
}

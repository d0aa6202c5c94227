package com.otopair.shops;

import com.otopair.base.GeoPoint;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The offline geocoder: centres of Canadian and US cities where Otopair runs or will soon. */
@Component
class CityCentroids implements Geocoder {

  private static final List<Place> PLACES =
      List.of(
          place("Montreal", "QC", "CA", 45.5019, -73.5674, "America/Toronto"),
          place("Laval", "QC", "CA", 45.6066, -73.7124, "America/Toronto"),
          place("Longueuil", "QC", "CA", 45.5312, -73.5181, "America/Toronto"),
          place("Quebec City", "QC", "CA", 46.8139, -71.2080, "America/Toronto"),
          place("Gatineau", "QC", "CA", 45.4765, -75.7013, "America/Toronto"),
          place("Sherbrooke", "QC", "CA", 45.4042, -71.8929, "America/Toronto"),
          place("Ottawa", "ON", "CA", 45.4215, -75.6972, "America/Toronto"),
          place("Toronto", "ON", "CA", 43.6532, -79.3832, "America/Toronto"),
          place("Mississauga", "ON", "CA", 43.5890, -79.6441, "America/Toronto"),
          place("Hamilton", "ON", "CA", 43.2557, -79.8711, "America/Toronto"),
          place("Winnipeg", "MB", "CA", 49.8951, -97.1384, "America/Winnipeg"),
          place("Calgary", "AB", "CA", 51.0447, -114.0719, "America/Edmonton"),
          place("Edmonton", "AB", "CA", 53.5461, -113.4938, "America/Edmonton"),
          place("Vancouver", "BC", "CA", 49.2827, -123.1207, "America/Vancouver"),
          place("Halifax", "NS", "CA", 44.6488, -63.5752, "America/Halifax"),
          place("Austin", "TX", "US", 30.2672, -97.7431, "America/Chicago"),
          place("Round Rock", "TX", "US", 30.5083, -97.6789, "America/Chicago"),
          place("San Antonio", "TX", "US", 29.4241, -98.4936, "America/Chicago"),
          place("Houston", "TX", "US", 29.7604, -95.3698, "America/Chicago"),
          place("Dallas", "TX", "US", 32.7767, -96.7970, "America/Chicago"),
          place("Chicago", "IL", "US", 41.8781, -87.6298, "America/Chicago"),
          place("New York", "NY", "US", 40.7128, -74.0060, "America/New_York"),
          place("Boston", "MA", "US", 42.3601, -71.0589, "America/New_York"),
          place("Denver", "CO", "US", 39.7392, -104.9903, "America/Denver"),
          place("Phoenix", "AZ", "US", 33.4484, -112.0740, "America/Phoenix"),
          place("Los Angeles", "CA", "US", 34.0522, -118.2437, "America/Los_Angeles"),
          place("San Francisco", "CA", "US", 37.7749, -122.4194, "America/Los_Angeles"),
          place("Seattle", "WA", "US", 47.6062, -122.3321, "America/Los_Angeles"));

  private static Place place(
      String city, String region, String country, double lat, double lon, String zone) {
    return new Place(city, region, country, new GeoPoint(lat, lon), zone);
  }

  @Override
  public Optional<Place> locate(String city, String country) {
    String wanted = key(city);
    return PLACES.stream()
        .filter(p -> p.country().equals(country) && key(p.city()).equals(wanted))
        .findFirst();
  }

  @Override
  public List<Place> places() {
    return PLACES;
  }

  /** "Montréal " and "montreal" are the same city. */
  private static String key(String city) {
    return Normalizer.normalize(city, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .trim()
        .toLowerCase(Locale.ROOT);
  }
}

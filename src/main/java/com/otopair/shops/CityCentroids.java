package com.otopair.shops;

import com.otopair.base.GeoPoint;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The offline geocoder: centres of Canadian and US cities where Otopair runs or will soon, and the
 * postal codes of those cities (a postal code is placed at its city's centre).
 */
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

  /**
   * Which city a postal code belongs to, by its leading characters: Canadian forward sortation
   * areas (the first three characters, or the first two where every area of them is one city) and
   * US ZIP codes (their first three digits, or all five). The longest matching prefix wins.
   */
  private static final Map<String, String> POSTAL_PREFIXES = postalPrefixes();

  private static Map<String, String> postalPrefixes() {
    Map<String, String> prefixes = new HashMap<>();
    BiConsumer<String, String> city =
        (list, name) -> {
          for (String prefix : list.split(" ")) {
            prefixes.put(prefix, name);
          }
        };
    city.accept("H1 H2 H3 H4 H5 H8 H9", "Montreal");
    city.accept("H7", "Laval");
    city.accept("J4G J4H J4J J4K J4L J4M J4N", "Longueuil");
    city.accept("G1 G2", "Quebec City");
    city.accept("J8L J8M J8P J8R J8T J8V J8X J8Y J8Z J9A J9H J9J", "Gatineau");
    city.accept("J1E J1G J1H J1J J1K J1L J1M J1N", "Sherbrooke");
    city.accept("K1 K2", "Ottawa");
    city.accept("M", "Toronto");
    city.accept("L4T L4V L4W L4X L4Y L4Z L5", "Mississauga");
    city.accept("L8 L9A L9B L9C L9G L9H L9K", "Hamilton");
    city.accept("R2 R3", "Winnipeg");
    city.accept("T2 T3", "Calgary");
    city.accept("T5 T6", "Edmonton");
    city.accept("V5 V6", "Vancouver");
    city.accept("B3", "Halifax");
    city.accept("787", "Austin");
    city.accept("78664 78665 78681", "Round Rock");
    city.accept("782", "San Antonio");
    city.accept("770 772", "Houston");
    city.accept("752 753", "Dallas");
    city.accept("606 607 608", "Chicago");
    city.accept("100 101 102 103 104 111 112 113 114 116", "New York");
    city.accept("021 022", "Boston");
    city.accept("802", "Denver");
    city.accept("850", "Phoenix");
    city.accept("900 901", "Los Angeles");
    city.accept("941", "San Francisco");
    city.accept("981", "Seattle");
    return Map.copyOf(prefixes);
  }

  private static final Pattern CANADIAN = Pattern.compile("([A-Z]\\d[A-Z])(\\d[A-Z]\\d)?");
  private static final Pattern AMERICAN = Pattern.compile("(\\d{5})(\\d{4})?");

  @Override
  public Optional<Place> locatePostalCode(String code) {
    String compact = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    String key;
    if (CANADIAN.matcher(compact).matches()) {
      key = compact.substring(0, 3);
    } else if (AMERICAN.matcher(compact).matches()) {
      key = compact.substring(0, 5);
    } else {
      return Optional.empty();
    }
    for (int length = key.length(); length > 0; length--) {
      String name = POSTAL_PREFIXES.get(key.substring(0, length));
      if (name != null) {
        return PLACES.stream().filter(p -> p.city().equals(name)).findFirst();
      }
    }
    return Optional.empty();
  }

  /** "Montréal " and "montreal" are the same city. */
  private static String key(String city) {
    return Normalizer.normalize(city, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .trim()
        .toLowerCase(Locale.ROOT);
  }
}

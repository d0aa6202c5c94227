package com.otopair.shops;

import com.otopair.base.GeoPoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The offline geocoder: every Canadian and US place of more than 1,000 people (GeoNames) and every
 * US ZIP code and Canadian forward sortation area (the zipcodes package), each with its time zone.
 * The tables are read once per JVM from {@code places/} on the classpath, which {@code
 * .ci/build-places} writes (its NOTICE.txt states the data's licences); a lookup reads them only.
 */
@Component
class Gazetteer implements Geocoder {

  /** Longer input is no place name or postal code (the longest Canadian or US name is 48). */
  private static final int LONGEST_INPUT = 100;

  private static final Pattern CANADIAN = Pattern.compile("[A-Z]\\d[A-Z](\\d[A-Z]\\d)?");
  private static final Pattern AMERICAN = Pattern.compile("\\d{5}(\\d{4})?");
  private static final Set<String> COUNTRIES_CA = Set.of("canada");
  private static final Set<String> COUNTRIES_US =
      Set.of("usa", "us", "united states", "united states of america", "etats unis", "e u");

  /** What the resource holds, read once. */
  record Tables(
      Place[] cities,
      Map<String, int[]> byName,
      String[] nameKeys,
      int[] nameCities,
      String[] codes,
      double[] codeLatitudes,
      double[] codeLongitudes,
      String[] codePlaces,
      String[] codeRegions,
      String[] codeZones) {}

  private static final class Bundled {
    static final Tables TABLES = bundled();
  }

  private final Tables tables;

  Gazetteer() {
    this(Bundled.TABLES);
  }

  Gazetteer(Tables tables) {
    this.tables = tables;
  }

  @Override
  public Optional<Place> locate(String text, @Nullable String country) {
    if (text.length() > LONGEST_INPUT || !(country == null || isCountry(country))) {
      return Optional.empty();
    }
    Optional<Place> whole = biggest(PlaceNames.key(text), country, null);
    if (whole.isPresent()) {
      return whole;
    }
    int comma = text.lastIndexOf(',');
    if (comma >= 0) {
      String name = text.substring(0, comma);
      String after = PlaceNames.key(text.substring(comma + 1));
      String named =
          COUNTRIES_CA.contains(after) ? "CA" : COUNTRIES_US.contains(after) ? "US" : null;
      if (named != null) {
        return country == null || country.equals(named) ? locate(name, named) : Optional.empty();
      }
      PlaceNames.Region region = PlaceNames.regionOfKey(after);
      return region == null || !(country == null || region.country().equals(country))
          ? Optional.empty()
          : biggest(PlaceNames.key(name), region.country(), region.code());
    }
    // "Trois-Rivières QC", "Kelowna British Columbia": the last words name the region.
    String[] words = PlaceNames.key(text).split(" ");
    for (int n = 1; n <= 3 && n < words.length; n++) {
      PlaceNames.Region region =
          PlaceNames.regionOfKey(
              String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length)));
      if (region != null && (country == null || region.country().equals(country))) {
        Optional<Place> found =
            biggest(
                String.join(" ", Arrays.copyOfRange(words, 0, words.length - n)),
                region.country(),
                region.code());
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isCountry(String country) {
    return country.equals("CA") || country.equals("US");
  }

  /** The biggest place called {@code key}, in that country and region when they are given. */
  private Optional<Place> biggest(String key, @Nullable String country, @Nullable String region) {
    int[] found = tables.byName().get(key);
    if (found == null) {
      return Optional.empty();
    }
    for (int index : found) {
      Place place = tables.cities()[index];
      if ((country == null || place.country().equals(country))
          && (region == null || place.region().equals(region))) {
        return Optional.of(place);
      }
    }
    return Optional.empty();
  }

  /**
   * A Canadian postal code ("H2J 2L4", "h2j2l4" or its forward sortation area "H2J") is placed at
   * its area's centre; a US ZIP code ("83702", "83702-1234") at its own, or, for a code the data
   * lacks, at the numerically nearest code of the same three-digit area.
   */
  @Override
  public Optional<Place> locatePostalCode(String code) {
    if (code.length() > 20) {
      return Optional.empty();
    }
    String compact = code.replace(" ", "").replace("-", "").toUpperCase(java.util.Locale.ROOT);
    String key;
    if (CANADIAN.matcher(compact).matches()) {
      key = compact.substring(0, 3);
    } else if (AMERICAN.matcher(compact).matches()) {
      key = compact.substring(0, 5);
    } else {
      return Optional.empty();
    }
    String[] codes = tables.codes();
    int at = Arrays.binarySearch(codes, key);
    if (at >= 0) {
      return Optional.of(postalCode(at));
    }
    if (!Character.isDigit(key.charAt(0))) {
      return Optional.empty();
    }
    int next = -at - 1;
    int zip = Integer.parseInt(key);
    int best = -1;
    for (int candidate : new int[] {next - 1, next}) {
      if (candidate >= 0
          && candidate < codes.length
          && codes[candidate].regionMatches(0, key, 0, 3)
          && (best < 0
              || Math.abs(Integer.parseInt(codes[candidate]) - zip)
                  < Math.abs(Integer.parseInt(codes[best]) - zip))) {
        best = candidate;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(postalCode(best));
  }

  private Place postalCode(int index) {
    String code = tables.codes()[index];
    return new Place(
        tables.codePlaces()[index],
        tables.codeRegions()[index],
        Character.isDigit(code.charAt(0)) ? "US" : "CA",
        new GeoPoint(tables.codeLatitudes()[index], tables.codeLongitudes()[index]),
        tables.codeZones()[index]);
  }

  /**
   * The places whose name (or other name) starts with what was typed, the biggest first, one per
   * label; "Springfield, I" keeps those of a region starting so. Nothing typed: the biggest places.
   */
  @Override
  public List<Place> suggest(String typed, int limit) {
    if (limit <= 0 || typed.length() > LONGEST_INPUT) {
      return List.of();
    }
    Place[] cities = tables.cities();
    if (typed.isBlank()) {
      return List.of(Arrays.copyOf(cities, Math.min(limit, cities.length)));
    }
    int comma = typed.lastIndexOf(',');
    String name = comma < 0 ? typed : typed.substring(0, comma);
    String region = comma < 0 ? null : PlaceNames.key(typed.substring(comma + 1));
    String spelledOut = PlaceNames.key(name);
    if (spelledOut.isEmpty()) {
      return List.of();
    }
    BitSet matches = new BitSet(cities.length);
    markPrefix(spelledOut, matches);
    String asTyped = PlaceNames.key(name, false);
    if (!asTyped.equals(spelledOut)) {
      markPrefix(asTyped, matches);
    }
    List<Place> found = new ArrayList<>(limit);
    Set<String> labels = new HashSet<>();
    for (int i = matches.nextSetBit(0);
        i >= 0 && found.size() < limit;
        i = matches.nextSetBit(i + 1)) {
      Place place = cities[i];
      if ((region == null || PlaceNames.regionStartsWith(place.region(), region))
          && labels.add(place.label())) {
        found.add(place);
      }
    }
    return found;
  }

  private void markPrefix(String prefix, BitSet matches) {
    String[] keys = tables.nameKeys();
    int at = Arrays.binarySearch(keys, prefix);
    for (int i = at >= 0 ? at : -at - 1; i < keys.length && keys[i].startsWith(prefix); i++) {
      matches.set(tables.nameCities()[i]);
    }
    // binarySearch finds any of equal keys: step back to the first
    for (int i = at - 1; at >= 0 && i >= 0 && keys[i].equals(prefix); i--) {
      matches.set(tables.nameCities()[i]);
    }
  }

  @Override
  public Optional<Place> nearest(GeoPoint point) {
    double cos = Math.cos(Math.toRadians(point.latitude()));
    Place best = null;
    double bestDistance = Double.MAX_VALUE;
    for (Place place : tables.cities()) {
      double dLat = place.centre().latitude() - point.latitude();
      double dLon = (place.centre().longitude() - point.longitude()) * cos;
      double distance = dLat * dLat + dLon * dLon;
      if (distance < bestDistance) {
        best = place;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Every place, the biggest first (for tests and the benchmark). */
  List<Place> cities() {
    return List.of(tables.cities());
  }

  /** Every postal code's place (for tests and the benchmark). */
  List<Place> postalCodes() {
    List<Place> all = new ArrayList<>(tables.codes().length);
    for (int i = 0; i < tables.codes().length; i++) {
      all.add(postalCode(i));
    }
    return all;
  }

  private static Tables bundled() {
    ClassLoader loader = Gazetteer.class.getClassLoader();
    try (InputStream cities = loader.getResourceAsStream("places/cities.tsv.gz");
        InputStream codes = loader.getResourceAsStream("places/postal-codes.tsv.gz")) {
      if (cities == null || codes == null) {
        throw new IllegalStateException("places/*.tsv.gz are missing: run .ci/build-places");
      }
      return read(cities, codes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the two gzipped tables that .ci/build-places writes. */
  static Tables read(InputStream citiesGz, InputStream codesGz) throws IOException {
    Map<String, String> shared = new HashMap<>();
    List<Place> cities = new ArrayList<>(18_000);
    Map<String, List<Integer>> names = new HashMap<>();
    for (String[] f : rows(citiesGz)) {
      int index = cities.size();
      cities.add(
          new Place(
              f[2],
              shared.computeIfAbsent(f[1], k -> k),
              shared.computeIfAbsent(f[0], k -> k),
              new GeoPoint(Double.parseDouble(f[4]), Double.parseDouble(f[5])),
              shared.computeIfAbsent(f[7], k -> k)));
      names.computeIfAbsent(PlaceNames.key(f[2]), k -> new ArrayList<>(1)).add(index);
      for (String alias : f[3].isEmpty() ? new String[0] : f[3].split("\\|")) {
        List<Integer> same = names.computeIfAbsent(PlaceNames.key(alias), k -> new ArrayList<>(1));
        if (!same.contains(index)) {
          same.add(index);
        }
      }
    }
    // Every name and other name, sorted, each with its places biggest first: for prefixes.
    String[] sortedNames = names.keySet().toArray(String[]::new);
    Arrays.sort(sortedNames);
    Map<String, int[]> byName = new HashMap<>(names.size() * 2);
    int entries = 0;
    for (List<Integer> found : names.values()) {
      entries += found.size();
    }
    String[] nameKeys = new String[entries];
    int[] nameCities = new int[entries];
    int at = 0;
    for (String key : sortedNames) {
      int[] found = names.get(key).stream().mapToInt(Integer::intValue).sorted().toArray();
      byName.put(key, found);
      for (int index : found) {
        nameKeys[at] = key;
        nameCities[at++] = index;
      }
    }

    // Postal codes, sorted by code as .ci/build-places writes them (binary search needs it).
    int size = 44_000;
    String[] code = new String[size];
    double[] latitudes = new double[size];
    double[] longitudes = new double[size];
    String[] places = new String[size];
    String[] regions = new String[size];
    String[] zones = new String[size];
    int n = 0;
    for (String[] f : rows(codesGz)) {
      if (n == size) {
        size += size / 2;
        code = Arrays.copyOf(code, size);
        latitudes = Arrays.copyOf(latitudes, size);
        longitudes = Arrays.copyOf(longitudes, size);
        places = Arrays.copyOf(places, size);
        regions = Arrays.copyOf(regions, size);
        zones = Arrays.copyOf(zones, size);
      }
      if (n > 0 && code[n - 1].compareTo(f[1]) >= 0) {
        throw new IllegalStateException("postal-codes.tsv.gz is not sorted by code at " + f[1]);
      }
      code[n] = f[1];
      latitudes[n] = Double.parseDouble(f[2]);
      longitudes[n] = Double.parseDouble(f[3]);
      places[n] = shared.computeIfAbsent(f[4], k -> k);
      regions[n] = shared.computeIfAbsent(f[5], k -> k);
      zones[n] = shared.computeIfAbsent(f[6], k -> k);
      n++;
    }
    return new Tables(
        cities.toArray(Place[]::new),
        byName,
        nameKeys,
        nameCities,
        Arrays.copyOf(code, n),
        Arrays.copyOf(latitudes, n),
        Arrays.copyOf(longitudes, n),
        Arrays.copyOf(places, n),
        Arrays.copyOf(regions, n),
        Arrays.copyOf(zones, n));
  }

  /** Each tab-separated row after the header line, read into memory. */
  private static List<String[]> rows(InputStream gz) throws IOException {
    List<String[]> rows = new ArrayList<>(44_000);
    try (var lines =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(gz, 1 << 16), StandardCharsets.UTF_8))) {
      lines.readLine();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isEmpty()) {
          rows.add(line.split("\t", -1));
        }
      }
    }
    return rows;
  }
}

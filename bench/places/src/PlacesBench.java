package com.otopair.shops;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * Times the offline gazetteer: reading its tables, their heap, and the three lookups (locate,
 * postal code, suggest) over queries drawn from the data itself with a fixed seed. It lives in the
 * gazetteer's package to reach its package-private class, and runs on the app's classpath.
 */
public final class PlacesBench {

  public static void main(String[] args) throws Exception {
    int lookups = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    // The bundled tables, as the application reads them on its first lookup, in a fresh JVM.
    long start = System.nanoTime();
    new Gazetteer().cities();
    long first = System.nanoTime() - start;
    byte[] cities = resource("places/cities.tsv.gz");
    byte[] codes = resource("places/postal-codes.tsv.gz");

    long[] loads = new long[7];
    for (int i = 0; i < loads.length; i++) {
      start = System.nanoTime();
      Gazetteer.read(new ByteArrayInputStream(cities), new ByteArrayInputStream(codes));
      loads[i] = System.nanoTime() - start;
    }
    Arrays.sort(loads);
    long before = usedAfterGc();
    Gazetteer.Tables tables =
        Gazetteer.read(new ByteArrayInputStream(cities), new ByteArrayInputStream(codes));
    long heap = usedAfterGc() - before;
    Gazetteer gazetteer = new Gazetteer(tables);
    System.out.printf(
        "== load: first %.0f ms, median of %d %.0f ms (%,d + %,d gzipped bytes); heap %.1f MB%n",
        first / 1e6,
        loads.length,
        loads[loads.length / 2] / 1e6,
        cities.length,
        codes.length,
        heap / 1048576.0);

    Random random = new Random(19);
    List<Geocoder.Place> places = gazetteer.cities();
    List<String[]> names = new ArrayList<>();
    List<String> postalCodes = codes(codes, random);
    List<String> prefixes = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      Geocoder.Place place = places.get(random.nextInt(places.size()));
      String name =
          switch (i % 3) {
            case 0 -> place.city();
            case 1 -> place.city().toLowerCase(Locale.ROOT);
            default -> place.label();
          };
      names.add(new String[] {name, i % 2 == 0 ? place.country() : null});
      prefixes.add(place.city().substring(0, Math.min(place.city().length(), 1 + i % 6)));
    }

    report("locate", lookups, names, q -> gazetteer.locate(q[0], q[1]).isPresent());
    report("postal code", lookups, postalCodes, q -> gazetteer.locatePostalCode(q).isPresent());
    report("suggest (8)", lookups, prefixes, q -> !gazetteer.suggest(q, 8).isEmpty());
  }

  /** Every code of the table, written as people type them: "83702", "83702-1234", "G9A 5H7". */
  private static List<String> codes(byte[] gzipped, Random random) throws Exception {
    List<String> codes = new ArrayList<>();
    try (var lines =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(new ByteArrayInputStream(gzipped)),
                java.nio.charset.StandardCharsets.UTF_8))) {
      lines.readLine();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String code = line.split("\t")[1];
        codes.add(
            Character.isDigit(code.charAt(0))
                ? (random.nextBoolean() ? code : code + "-1234")
                : (random.nextBoolean() ? code + " 5H7" : code.toLowerCase(Locale.ROOT)));
      }
    }
    java.util.Collections.shuffle(codes, random);
    return codes;
  }

  private static <Q> void report(String what, int lookups, List<Q> queries, Function<Q, Boolean> lookup) {
    int found = 0;
    for (int i = 0; i < lookups; i++) {
      lookup.apply(queries.get(i % queries.size()));
    }
    long[] times = new long[lookups];
    for (int i = 0; i < lookups; i++) {
      Q query = queries.get(i % queries.size());
      long start = System.nanoTime();
      boolean hit = lookup.apply(query);
      times[i] = System.nanoTime() - start;
      found += hit ? 1 : 0;
    }
    Arrays.sort(times);
    System.out.printf(
        "== %-12s median %6.1f µs, p99 %6.1f µs, max %8.1f µs (%,d lookups after as many to warm up, %d%% found)%n",
        what,
        times[lookups / 2] / 1e3,
        times[(int) (lookups * 0.99)] / 1e3,
        times[lookups - 1] / 1e3,
        lookups,
        found * 100L / lookups);
  }

  private static long usedAfterGc() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static byte[] resource(String name) throws Exception {
    try (InputStream in = PlacesBench.class.getClassLoader().getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}

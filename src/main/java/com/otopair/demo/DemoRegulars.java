package com.otopair.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The generated customers of the demo's history, by city (Montreal's regulars go to the first two
 * live shops, Austin's to the third), and when each came to Otopair: the first three of each city
 * from the start, the others over the months, more of them lately, the last in the past fortnight
 * (the CRM's weekly cohorts).
 */
final class DemoRegulars {

  private final List<UUID> montreal = new ArrayList<>();
  private final List<UUID> austin = new ArrayList<>();
  private final Map<UUID, Instant> joined = new HashMap<>();

  /** {@code customers} in the order the demo made them, who came over {@code days} before now. */
  DemoRegulars(List<UUID> customers, Instant now, int days) {
    for (int i = 0; i < customers.size(); i++) {
      (i % 2 == 1 ? montreal : austin).add(customers.get(i));
    }
    for (List<UUID> city : List.of(montreal, austin)) {
      for (int k = 0; k < city.size(); k++) {
        double left = k < 3 ? 1 : 1 - (double) k / city.size();
        joined.put(
            city.get(k), now.minus(Duration.ofDays(Math.round(days * Math.pow(left, 1.3)) + 1)));
      }
    }
  }

  /** The regulars of the live shop at {@code shop} (its place in {@link DemoShops}' order). */
  List<UUID> of(int shop) {
    return shop < 2 ? montreal : austin;
  }

  /** One of the regulars who had come to Otopair by {@code at}, the newest most likely. */
  UUID regular(Random draw, List<UUID> regulars, Instant at) {
    List<UUID> came =
        regulars.stream().filter(c -> !joined.getOrDefault(c, at).isAfter(at)).toList();
    if (came.isEmpty()) {
      return regulars.getFirst();
    }
    // Half the time the newest: a new customer's first visits come soon after they arrive.
    return draw.nextBoolean() ? came.getLast() : came.get(draw.nextInt(came.size()));
  }
}

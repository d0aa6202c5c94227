package com.otopair.base;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What customers think of a shop or a mechanic: how many visible reviews, and their stars. Search,
 * the quote API and the public pages read it here; the reviews module implements it (with no
 * implementation, nobody is rated yet).
 */
public interface Reputation {

  /** A subject's visible reviews: how many, and the sum of their stars. */
  record Rating(int count, int starSum) {

    public static final Rating NONE = new Rating(0, 0);

    public boolean rated() {
      return count > 0;
    }

    /** The mean of the stars, 1 to 5; 0 when nobody reviewed yet. */
    public double average() {
      return count == 0 ? 0 : (double) starSum / count;
    }
  }

  /** The ratings of these shops; a shop nobody reviewed is absent (or {@link Rating#NONE}). */
  Map<UUID, Rating> shops(Collection<UUID> shopIds);

  /** The ratings of these mechanics (user ids); a mechanic nobody reviewed is absent. */
  Map<UUID, Rating> mechanics(Collection<UUID> mechanicIds);

  default Rating shop(UUID shopId) {
    return shops(java.util.List.of(shopId)).getOrDefault(shopId, Rating.NONE);
  }

  default Rating mechanic(UUID mechanicId) {
    return mechanics(java.util.List.of(mechanicId)).getOrDefault(mechanicId, Rating.NONE);
  }

  /** Nobody is rated: what a context without the reviews module sees. */
  Reputation NONE =
      new Reputation() {
        @Override
        public Map<UUID, Rating> shops(Collection<UUID> shopIds) {
          return Map.of();
        }

        @Override
        public Map<UUID, Rating> mechanics(Collection<UUID> mechanicIds) {
          return Map.of();
        }
      };
}

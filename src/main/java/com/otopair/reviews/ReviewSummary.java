package com.otopair.reviews;

import java.util.List;

/**
 * A shop's or mechanic's visible reviews in numbers: how many, the mean of their stars, how many
 * gave each number of stars ({@code byStars.get(0)} one star ... {@code byStars.get(4)} five), and
 * how many would recommend.
 */
public record ReviewSummary(int count, int starSum, List<Integer> byStars, int recommendCount) {

  public static final ReviewSummary NONE = new ReviewSummary(0, 0, List.of(0, 0, 0, 0, 0), 0);

  public ReviewSummary {
    byStars = List.copyOf(byStars);
  }

  /** The mean of the stars; 0 when nobody reviewed yet. */
  public double average() {
    return count == 0 ? 0 : (double) starSum / count;
  }

  /** How many gave {@code stars} (1 to 5). */
  public int withStars(int stars) {
    return byStars.get(stars - 1);
  }
}

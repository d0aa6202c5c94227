package com.otopair.reviews;

import java.util.List;

/** One page of a list of reviews, and whether another follows. */
public record ReviewPage(List<PublishedReview> reviews, boolean more) {

  public ReviewPage {
    reviews = List.copyOf(reviews);
  }
}

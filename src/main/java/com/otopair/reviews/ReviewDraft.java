package com.otopair.reviews;

import org.jspecify.annotations.Nullable;

/**
 * What a customer writes about a visit: 1 to 5 stars and whether they would recommend the shop
 * (both required: null when not chosen yet), and optional words (up to 2,000 characters).
 */
public record ReviewDraft(
    @Nullable Integer stars, @Nullable String body, @Nullable Boolean recommend) {

  /** The text without the spaces around it; empty when none. */
  public String text() {
    return body == null ? "" : body.strip();
  }
}

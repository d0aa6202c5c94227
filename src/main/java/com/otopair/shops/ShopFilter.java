package com.otopair.shops;

import org.jspecify.annotations.Nullable;

/** What the admin Shops grid is filtered by; empty text and nulls mean "any". */
public record ShopFilter(String text, @Nullable ShopStatus status, @Nullable String city) {

  public static ShopFilter any() {
    return new ShopFilter("", null, null);
  }
}

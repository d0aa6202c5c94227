package com.otopair.identity;

import org.jspecify.annotations.Nullable;

/** What the admin Users grid is filtered by; empty text and nulls mean "any". */
public record UserFilter(String text, @Nullable String role, @Nullable UserStatus status) {

  public static UserFilter any() {
    return new UserFilter("", null, null);
  }
}

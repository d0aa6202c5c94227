package com.otopair.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.InvalidRequestException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a service refused a request next to a given field, with a given message. */
public final class Refusals {

  private Refusals() {}

  public static void assertRefusedAt(ThrowingCallable action, String field, String messagePart) {
    assertThatThrownBy(action)
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            refused -> {
              assertThat(refused.field()).isEqualTo(field);
              assertThat(refused.getMessage()).contains(messagePart);
            });
  }
}

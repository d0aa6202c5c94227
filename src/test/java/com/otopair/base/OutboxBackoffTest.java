package com.otopair.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxBackoffTest {

  static final List<Duration> DEFAULT = Outbox.parse("PT1M, PT5M, PT15M, PT1H");
  static final Instant T = Instant.parse("2026-11-21T12:00:00Z");

  @Test
  void failuresWaitOneFiveFifteenThenSixtyMinutesAndDieAfterEightAttempts() {
    assertThat(Outbox.nextTry(1, T, DEFAULT, 8)).isEqualTo(T.plus(Duration.ofMinutes(1)));
    assertThat(Outbox.nextTry(2, T, DEFAULT, 8)).isEqualTo(T.plus(Duration.ofMinutes(5)));
    assertThat(Outbox.nextTry(3, T, DEFAULT, 8)).isEqualTo(T.plus(Duration.ofMinutes(15)));
    assertThat(Outbox.nextTry(4, T, DEFAULT, 8)).isEqualTo(T.plus(Duration.ofHours(1)));
    assertThat(Outbox.nextTry(7, T, DEFAULT, 8)).isEqualTo(T.plus(Duration.ofHours(1)));
    assertThat(Outbox.nextTry(8, T, DEFAULT, 8)).isNull();
  }

  @Test
  void aFailedPublicationHasFailedOnceMoreThanItWasResubmitted() {
    assertThat(Outbox.failures("FAILED", 0)).isEqualTo(1);
    assertThat(Outbox.failures("FAILED", 7)).isEqualTo(8);
    assertThat(Outbox.failures("RESUBMITTED", 3)).isEqualTo(3);
  }

  @Test
  void listenersAreShownByClassAndMethod() {
    assertThat(
            Outbox.shortListener(
                "com.otopair.notifications.BookingMails.on(com.otopair.booking.BookingConfirmed)"))
        .isEqualTo("BookingMails.on");
    assertThat(Outbox.shortType("com.otopair.identity.AccountEmailRequested"))
        .isEqualTo("AccountEmailRequested");
  }
}

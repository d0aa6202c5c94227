package com.otopair.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Money;
import com.otopair.scheduling.Slot;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The booking pages tell the two 1:00 AMs of a fall-back night apart. */
class SlotLabelsTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");
  static final Instant FIRST_ONE_AM = Instant.parse("2027-11-07T05:00:00Z");
  static final Instant SECOND_ONE_AM = Instant.parse("2027-11-07T06:00:00Z");

  @Test
  void theSlotButtonsOfTheRepeatedHourSayWhichHourTheyAre() {
    assertThat(SlotLabels.slot(slot(FIRST_ONE_AM), TORONTO)).isEqualTo("1:00 AM EDT · $80.00 CAD");
    assertThat(SlotLabels.slot(slot(SECOND_ONE_AM), TORONTO)).isEqualTo("1:00 AM EST · $80.00 CAD");
    assertThat(SlotLabels.slot(slot(Instant.parse("2027-11-07T14:00:00Z")), TORONTO))
        .isEqualTo("9:00 AM · $80.00 CAD");
  }

  @Test
  void aBookingInTheRepeatedHourSaysWhichHourItIs() {
    assertThat(SlotLabels.when(SECOND_ONE_AM, TORONTO))
        .isEqualTo("Sunday, November 7 at 1:00 AM EST (Eastern Time)");
  }

  private static Slot slot(Instant start) {
    return new Slot(
        start,
        start.plus(Duration.ofHours(1)),
        new UUID(0, 1),
        new Money(8000, "CAD"),
        BigDecimal.ONE);
  }
}

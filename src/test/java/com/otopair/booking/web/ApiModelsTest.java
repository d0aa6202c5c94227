package com.otopair.booking.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Money;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.BookingSummary;
import com.otopair.scheduling.Slot;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's shop-local times say their offset: the two 1:00 AMs of a fall-back night read the same
 * as wall times and differ by their offset, in a whole-hour zone of each hemisphere and a half-hour
 * zone.
 */
class ApiModelsTest {

  private final JsonMapper json = JsonMapper.builder().build();

  @ParameterizedTest
  @CsvSource({
    "America/Toronto,  2027-11-07T05:00:00Z, 2027-11-07T01:00:00, -04:00, -05:00",
    "America/Toronto,  2027-11-07T06:00:00Z, 2027-11-07T01:00:00, -05:00, -05:00",
    "Australia/Sydney, 2027-04-03T15:00:00Z, 2027-04-04T02:00:00, +11:00, +10:00",
    "Australia/Sydney, 2027-04-03T16:00:00Z, 2027-04-04T02:00:00, +10:00, +10:00",
    "America/St_Johns, 2027-11-07T03:30:00Z, 2027-11-07T01:00:00, -02:30, -03:30",
    "America/St_Johns, 2027-11-07T04:30:00Z, 2027-11-07T01:00:00, -03:30, -03:30"
  })
  void aBookingsLocalStartKeepsItsWallTimeAndGetsItsOffsetBeside(
      String zone, Instant start, String localStart, String startOffset, String endOffset) {
    var booking = ApiModels.BookingView.of(booking(ZoneId.of(zone), start));

    JsonNode body = json.valueToTree(booking);

    assertThat(body.path("localStart").asString()).isEqualTo(localStart);
    assertThat(body.path("startOffset").asString()).isEqualTo(startOffset);
    assertThat(body.path("endOffset").asString()).isEqualTo(endOffset);
    assertThat(body.path("start").asString()).isEqualTo(start.toString());
  }

  @ParameterizedTest
  @CsvSource({
    "America/Toronto,  2027-11-07T05:00:00Z, 2027-11-07T01:00:00, -04:00",
    "America/Toronto,  2027-11-07T06:00:00Z, 2027-11-07T01:00:00, -05:00",
    "Australia/Sydney, 2027-04-03T16:00:00Z, 2027-04-04T02:00:00, +10:00",
    "America/St_Johns, 2027-11-07T04:30:00Z, 2027-11-07T01:00:00, -03:30",
    "UTC,              2027-11-07T04:30:00Z, 2027-11-07T04:30:00, +00:00"
  })
  void aSlotsLocalStartGetsItsOffsetBeside(
      String zone, Instant start, String localStart, String startOffset) {
    var slot =
        new Slot(
            start,
            start.plus(Duration.ofHours(1)),
            new UUID(0, 1),
            new Money(8000, "CAD"),
            BigDecimal.ONE);

    JsonNode body = json.valueToTree(ApiModels.SlotView.of(slot, ZoneId.of(zone)));

    assertThat(body.path("localStart").asString()).isEqualTo(localStart);
    assertThat(body.path("startOffset").asString()).isEqualTo(startOffset);
  }

  private static BookingSummary booking(ZoneId zone, Instant start) {
    return new BookingSummary(
        new UUID(0, 1),
        new UUID(0, 2),
        "Garage",
        "garage",
        zone,
        new UUID(0, 3),
        "Béa Roy",
        new UUID(0, 4),
        "Casey Customer",
        new UUID(0, 5),
        "Oil change",
        BookingStatus.CONFIRMED,
        start,
        start.plus(Duration.ofHours(1)),
        new Money(8000, "CAD"),
        BigDecimal.ONE,
        null,
        null,
        "",
        0,
        null,
        false,
        null);
  }
}

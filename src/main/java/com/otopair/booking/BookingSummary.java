package com.otopair.booking;

import com.otopair.base.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A booking as its customer and its shop see it; times are instants, shown in {@code zone}. {@code
 * originSessionId} is the remote session it was booked from, as the booking page was given it:
 * unchecked, for the jobs module to make sense of. {@code source} is where it was made.
 */
public record BookingSummary(
    UUID id,
    UUID shopId,
    String shopName,
    String shopSlug,
    ZoneId zone,
    UUID mechanicId,
    String mechanicName,
    UUID customerId,
    String customerName,
    UUID offeringId,
    String serviceName,
    BookingStatus status,
    Instant start,
    Instant end,
    Money price,
    BigDecimal multiplier,
    @Nullable Instant holdExpiresAt,
    @Nullable String vehicle,
    String problem,
    int rescheduleCount,
    @Nullable String cancelReason,
    boolean cancelledLate,
    @Nullable UUID originSessionId,
    BookingSource source) {

  /** A booking made on the web: for callers that don't know its source. */
  public BookingSummary(
      UUID id,
      UUID shopId,
      String shopName,
      String shopSlug,
      ZoneId zone,
      UUID mechanicId,
      String mechanicName,
      UUID customerId,
      String customerName,
      UUID offeringId,
      String serviceName,
      BookingStatus status,
      Instant start,
      Instant end,
      Money price,
      BigDecimal multiplier,
      @Nullable Instant holdExpiresAt,
      @Nullable String vehicle,
      String problem,
      int rescheduleCount,
      @Nullable String cancelReason,
      boolean cancelledLate,
      @Nullable UUID originSessionId) {
    this(
        id,
        shopId,
        shopName,
        shopSlug,
        zone,
        mechanicId,
        mechanicName,
        customerId,
        customerName,
        offeringId,
        serviceName,
        status,
        start,
        end,
        price,
        multiplier,
        holdExpiresAt,
        vehicle,
        problem,
        rescheduleCount,
        cancelReason,
        cancelledLate,
        originSessionId,
        BookingSource.WEB);
  }
}

package com.otopair.jobs;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A job as a board card or a list row shows it. */
public record JobSummary(
    UUID id,
    UUID shopId,
    String shopName,
    int number,
    String title,
    UUID customerId,
    String customerName,
    String vehicle,
    @Nullable UUID mechanicId,
    @Nullable String mechanicName,
    JobStatus status,
    JobOrigin origin,
    @Nullable UUID bookingId,
    @Nullable Instant scheduledAt,
    Instant createdAt,
    Instant updatedAt) {

  /** "J-1042": what the shop and the customer call it. */
  public String reference() {
    return "J-" + number;
  }
}

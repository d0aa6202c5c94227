package com.otopair.booking.domain;

import com.otopair.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A customer waiting for a slot of a service on a full day. */
@Entity
@Table(name = "waitlist_entries")
public class WaitlistEntry extends AbstractEntity {

  public static final String WAITING = "WAITING";
  public static final String OFFERED = "OFFERED";
  public static final String LEFT = "LEFT";

  @Column(name = "shop_id", nullable = false, updatable = false)
  private UUID shopId;

  @Column(name = "offering_id", nullable = false, updatable = false)
  private UUID offeringId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private UUID customerId;

  @Column(name = "on_date", nullable = false, updatable = false)
  private LocalDate date;

  @Column(name = "status", nullable = false, length = 20)
  private String status = WAITING;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "offered_booking_id")
  private @Nullable UUID offeredBookingId;

  @Column(name = "offered_at")
  private @Nullable Instant offeredAt;

  /** The booking whose freed time this entry was offered: one offer per freed booking. */
  @Column(name = "offered_for_booking")
  private @Nullable UUID offeredForBooking;

  protected WaitlistEntry() {
    this(new UUID(0, 0), new UUID(0, 0), new UUID(0, 0), LocalDate.EPOCH, Instant.EPOCH);
  }

  public WaitlistEntry(
      UUID shopId, UUID offeringId, UUID customerId, LocalDate date, Instant createdAt) {
    this.shopId = shopId;
    this.offeringId = offeringId;
    this.customerId = customerId;
    this.date = date;
    this.createdAt = createdAt;
  }

  /** Offered the hold {@code bookingId} in the time that {@code freedBooking} let go of. */
  public void offer(UUID bookingId, UUID freedBooking, Instant now) {
    this.status = OFFERED;
    this.offeredBookingId = bookingId;
    this.offeredForBooking = freedBooking;
    this.offeredAt = now;
  }

  public void leave() {
    this.status = LEFT;
  }

  public UUID getShopId() {
    return shopId;
  }

  public UUID getOfferingId() {
    return offeringId;
  }

  public UUID getCustomerId() {
    return customerId;
  }

  public LocalDate getDate() {
    return date;
  }

  public String getStatus() {
    return status;
  }
}

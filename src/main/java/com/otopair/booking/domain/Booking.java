package com.otopair.booking.domain;

import com.otopair.base.AbstractEntity;
import com.otopair.base.Money;
import com.otopair.booking.BookingSource;
import com.otopair.booking.BookingStatus;
import com.otopair.scheduling.BookingPolicy;
import com.otopair.scheduling.Slot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A hold or a booking of one mechanic's time. {@code blockedFrom}–{@code blockedUntil} is the
 * booked time widened by the shop's buffers; the database refuses two active ones that overlap.
 * Each change starts from the state it is meant for ({@link BookingStatus#canBecome}); anything
 * else is a bug in the caller, which loads the booking locked and checks its state first.
 */
@Entity
@Table(name = "bookings")
public class Booking extends AbstractEntity {

  @Column(name = "shop_id", nullable = false, updatable = false)
  private UUID shopId;

  @Column(name = "mechanic_id", nullable = false)
  private UUID mechanicId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private UUID customerId;

  @Column(name = "offering_id", nullable = false, updatable = false)
  private UUID offeringId;

  @Column(name = "service_name", nullable = false, length = 120)
  private String serviceName;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private BookingStatus status = BookingStatus.HELD;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "blocked_from", nullable = false)
  private Instant blockedFrom;

  @Column(name = "blocked_until", nullable = false)
  private Instant blockedUntil;

  @Column(name = "price_minor", nullable = false)
  private long priceMinor;

  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  @Column(name = "multiplier", nullable = false, precision = 4, scale = 2)
  private BigDecimal multiplier;

  @Column(name = "hold_expires_at")
  private @Nullable Instant holdExpiresAt;

  @Column(name = "vehicle_id")
  private @Nullable UUID vehicleId;

  @Column(name = "problem", nullable = false, length = 2000)
  private String problem = "";

  @Column(name = "contact_phone", nullable = false, length = 30)
  private String contactPhone = "";

  @Column(name = "reschedule_count", nullable = false)
  private int rescheduleCount;

  @Column(name = "rescheduled_from")
  private @Nullable UUID rescheduledFrom;

  /** The remote session this booking was made from, as an opaque id: the jobs module reads it. */
  @Column(name = "origin_session_id", updatable = false)
  private @Nullable UUID originSessionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false, updatable = false, length = 10)
  private BookingSource source = BookingSource.WEB;

  @Column(name = "cancel_reason", length = 500)
  private @Nullable String cancelReason;

  @Column(name = "cancelled_by", length = 20)
  private @Nullable String cancelledBy;

  @Column(name = "cancelled_late", nullable = false)
  private boolean cancelledLate;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "confirmed_at")
  private @Nullable Instant confirmedAt;

  @Column(name = "cancelled_at")
  private @Nullable Instant cancelledAt;

  protected Booking() {
    this(
        new UUID(0, 0),
        new UUID(0, 0),
        new UUID(0, 0),
        new UUID(0, 0),
        "",
        Instant.EPOCH,
        Instant.EPOCH.plusSeconds(1),
        Duration.ZERO,
        Duration.ZERO,
        new Money(0, "USD"),
        BigDecimal.ONE,
        Instant.EPOCH);
  }

  public Booking(
      UUID shopId,
      UUID mechanicId,
      UUID customerId,
      UUID offeringId,
      String serviceName,
      Instant start,
      Instant end,
      Duration bufferBefore,
      Duration bufferAfter,
      Money price,
      BigDecimal multiplier,
      Instant now) {
    this.shopId = shopId;
    this.mechanicId = mechanicId;
    this.customerId = customerId;
    this.offeringId = offeringId;
    this.serviceName = serviceName;
    this.startsAt = start;
    this.endsAt = end;
    this.blockedFrom = start.minus(bufferBefore);
    this.blockedUntil = end.plus(bufferAfter);
    this.priceMinor = price.minor();
    this.currency = price.currency();
    this.multiplier = multiplier;
    this.createdAt = now;
  }

  /** Made from the customer's remote session {@code sessionId} (unchecked here: jobs decides). */
  public void cameFrom(@Nullable UUID sessionId) {
    requireStatus(BookingStatus.HELD);
    this.originSessionId = sessionId;
  }

  /** Made through {@code source}, not the web booking flow; set before it is written. */
  public void madeThrough(BookingSource source) {
    requireStatus(BookingStatus.HELD);
    this.source = source;
  }

  public void hold(Instant expiresAt) {
    requireStatus(BookingStatus.HELD);
    this.holdExpiresAt = expiresAt;
  }

  public void confirm(@Nullable UUID vehicleId, String problem, String contactPhone, Instant now) {
    requireCanBecome(BookingStatus.CONFIRMED);
    this.status = BookingStatus.CONFIRMED;
    this.vehicleId = vehicleId;
    this.problem = problem;
    this.contactPhone = contactPhone;
    this.holdExpiresAt = null;
    this.confirmedAt = now;
  }

  /**
   * The customer's details, saved while they pay: the slot stays held until {@code holdUntil}, and
   * the booking is confirmed when the payment is.
   */
  public void awaitPayment(
      @Nullable UUID vehicleId, String problem, String contactPhone, Instant holdUntil) {
    requireStatus(BookingStatus.HELD);
    this.vehicleId = vehicleId;
    this.problem = problem;
    this.contactPhone = contactPhone;
    this.holdExpiresAt = holdUntil;
  }

  /** Confirmed with the details saved while the customer paid. */
  public void confirmPaid(Instant now) {
    requireCanBecome(BookingStatus.CONFIRMED);
    this.status = BookingStatus.CONFIRMED;
    this.holdExpiresAt = null;
    this.confirmedAt = now;
  }

  /** A hold of {@code slot}: its mechanic, time and price, with the shop's buffers around it. */
  public static Booking of(
      UUID shopId,
      UUID customerId,
      UUID offeringId,
      String serviceName,
      Slot slot,
      BookingPolicy policy,
      Instant now) {
    return new Booking(
        shopId,
        slot.mechanicId(),
        customerId,
        offeringId,
        serviceName,
        slot.start(),
        slot.end(),
        policy.bufferBefore(),
        policy.bufferAfter(),
        slot.price(),
        slot.multiplier(),
        now);
  }

  /** A confirmed copy at another slot, for a reschedule: details and the count carry over. */
  public Booking movedTo(Slot slot, BookingPolicy policy, Instant now) {
    return movedTo(slot, policy, now, true);
  }

  /**
   * A confirmed copy at another slot; a move that does not count against the customer's reschedule
   * limit (an admin's) keeps the count as it was.
   */
  public Booking movedTo(Slot slot, BookingPolicy policy, Instant now, boolean counted) {
    var moved = of(shopId, customerId, offeringId, serviceName, slot, policy, now);
    moved.confirm(vehicleId, problem, contactPhone, now);
    moved.rescheduleCount = counted ? rescheduleCount + 1 : rescheduleCount;
    moved.rescheduledFrom = getId();
    moved.originSessionId = originSessionId;
    moved.source = source;
    return moved;
  }

  public void end(
      BookingStatus status,
      @Nullable String reason,
      @Nullable String by,
      boolean late,
      Instant now) {
    requireCanBecome(status);
    this.status = status;
    this.cancelReason = reason;
    this.cancelledBy = by;
    this.cancelledLate = late;
    this.cancelledAt = now;
    this.holdExpiresAt = null;
  }

  /** The same time, with another mechanic. */
  public void reassign(UUID mechanicId) {
    requireStatus(BookingStatus.CONFIRMED);
    this.mechanicId = mechanicId;
  }

  private void requireCanBecome(BookingStatus next) {
    if (!status.canBecome(next)) {
      throw new IllegalStateException("A " + status + " booking can't become " + next);
    }
  }

  private void requireStatus(BookingStatus expected) {
    if (status != expected) {
      throw new IllegalStateException(
          "A " + status + " booking can't do that; it must be " + expected);
    }
  }

  public UUID getShopId() {
    return shopId;
  }

  public UUID getMechanicId() {
    return mechanicId;
  }

  public UUID getCustomerId() {
    return customerId;
  }

  public UUID getOfferingId() {
    return offeringId;
  }

  public String getServiceName() {
    return serviceName;
  }

  public BookingStatus getStatus() {
    return status;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public Money getPrice() {
    return new Money(priceMinor, currency);
  }

  public BigDecimal getMultiplier() {
    return multiplier;
  }

  public @Nullable Instant getHoldExpiresAt() {
    return holdExpiresAt;
  }

  public @Nullable UUID getVehicleId() {
    return vehicleId;
  }

  public String getProblem() {
    return problem;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public Instant getBlockedFrom() {
    return blockedFrom;
  }

  public Instant getBlockedUntil() {
    return blockedUntil;
  }

  public @Nullable UUID getRescheduledFrom() {
    return rescheduledFrom;
  }

  public BookingSource getSource() {
    return source;
  }

  public @Nullable UUID getOriginSessionId() {
    return originSessionId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public @Nullable Instant getConfirmedAt() {
    return confirmedAt;
  }

  public int getRescheduleCount() {
    return rescheduleCount;
  }

  public @Nullable String getCancelReason() {
    return cancelReason;
  }

  public boolean isCancelledLate() {
    return cancelledLate;
  }

  /** Who ended it: CUSTOMER, SHOP or ADMIN (for a cancellation or a move), if anyone did. */
  public @Nullable String getCancelledBy() {
    return cancelledBy;
  }

  /** When it was cancelled, moved, completed, missed or released. */
  public @Nullable Instant getCancelledAt() {
    return cancelledAt;
  }
}

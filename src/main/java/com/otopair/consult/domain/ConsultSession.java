package com.otopair.consult.domain;

import com.otopair.base.AbstractEntity;
import com.otopair.consult.EndReason;
import com.otopair.consult.SessionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A live remote session. Its state moves by conditional updates in {@link ConsultSessionRepository}
 * (a claim or an end changes one row or none), so this class only reads.
 */
@Entity
@Table(name = "consult_sessions")
public class ConsultSession extends AbstractEntity {

  @Column(name = "shop_id", nullable = false, updatable = false)
  private UUID shopId;

  @Column(name = "shop_name", nullable = false, updatable = false)
  private String shopName;

  @Column(name = "offering_id", updatable = false)
  private @Nullable UUID offeringId;

  @Column(name = "service_name", nullable = false, updatable = false)
  private String serviceName;

  @Column(name = "mode", nullable = false, updatable = false)
  private String mode;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private UUID customerId;

  @Column(name = "customer_name", nullable = false, updatable = false)
  private String customerName;

  @Column(name = "mechanic_id", insertable = false, updatable = false)
  private @Nullable UUID mechanicId;

  @Column(name = "mechanic_name", insertable = false, updatable = false)
  private @Nullable String mechanicName;

  @Column(name = "vehicle", nullable = false, updatable = false)
  private String vehicle;

  @Column(name = "problem", nullable = false, updatable = false)
  private String problem;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, updatable = false)
  private SessionStatus status;

  @Column(name = "duration_minutes", nullable = false, updatable = false)
  private int durationMinutes;

  @Column(name = "price_minor", nullable = false, updatable = false)
  private long priceMinor;

  @Column(name = "currency", nullable = false, updatable = false)
  private String currency;

  @Column(name = "free", nullable = false, updatable = false)
  private boolean free;

  @Column(name = "wait_limit_minutes", nullable = false, updatable = false)
  private int waitLimitMinutes;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "queued_at", nullable = false, updatable = false)
  private Instant queuedAt;

  @Column(name = "claimed_at", insertable = false, updatable = false)
  private @Nullable Instant claimedAt;

  @Column(name = "ends_at", insertable = false, updatable = false)
  private @Nullable Instant endsAt;

  @Column(name = "ended_at", insertable = false, updatable = false)
  private @Nullable Instant endedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "end_reason", insertable = false, updatable = false)
  private @Nullable EndReason endReason;

  @Column(name = "last_mechanic_at", insertable = false, updatable = false)
  private @Nullable Instant lastMechanicAt;

  /** The booking a booked session follows (moved with it); null for a session asked for now. */
  @Column(name = "booking_id", updatable = false)
  private @Nullable UUID bookingId;

  /** When a booked session starts; null for a session asked for now. */
  @Column(name = "starts_at", updatable = false)
  private @Nullable Instant startsAt;

  /** The mechanic a booked session waits for; null once they gave it back. */
  @Column(name = "booked_mechanic_id", updatable = false)
  private @Nullable UUID bookedMechanicId;

  @Column(name = "booked_mechanic_name", updatable = false)
  private @Nullable String bookedMechanicName;

  /** The completed session this one follows up (a mini extension or a new issue). */
  @Column(name = "parent_session_id", updatable = false)
  private @Nullable UUID parentSessionId;

  /** MINI or NEW_ISSUE for a follow-up; null otherwise. */
  @Column(name = "follow_up", updatable = false)
  private @Nullable String followUp;

  /** The mechanic a follow-up waits for alone, until {@link #reservedUntil}. */
  @Column(name = "reserved_mechanic_id", updatable = false)
  private @Nullable UUID reservedMechanicId;

  @Column(name = "reserved_until", updatable = false)
  private @Nullable Instant reservedUntil;

  /** What support's search box looks in: PostgreSQL keeps it (Liquibase 0035). */
  @Column(name = "search_text", insertable = false, updatable = false)
  private @Nullable String searchText;

  protected ConsultSession() {
    shopId = UUID.randomUUID();
    shopName = "";
    serviceName = "";
    mode = "";
    customerId = UUID.randomUUID();
    customerName = "";
    vehicle = "";
    problem = "";
    currency = "";
    requestedAt = Instant.EPOCH;
    queuedAt = Instant.EPOCH;
    status = SessionStatus.WAITING;
  }

  public ConsultSession(
      UUID shopId,
      String shopName,
      @Nullable UUID offeringId,
      String serviceName,
      String mode,
      UUID customerId,
      String customerName,
      String vehicle,
      String problem,
      int durationMinutes,
      long priceMinor,
      String currency,
      boolean free,
      int waitLimitMinutes,
      Instant requestedAt) {
    this.shopId = shopId;
    this.shopName = shopName;
    this.offeringId = offeringId;
    this.serviceName = serviceName;
    this.mode = mode;
    this.customerId = customerId;
    this.customerName = customerName;
    this.vehicle = vehicle;
    this.problem = problem;
    this.durationMinutes = durationMinutes;
    this.priceMinor = priceMinor;
    this.currency = currency;
    this.free = free;
    // A paid session enters the queue once its price is authorized.
    this.status = free ? SessionStatus.WAITING : SessionStatus.PAYING;
    this.waitLimitMinutes = waitLimitMinutes;
    this.requestedAt = requestedAt;
    this.queuedAt = requestedAt;
  }

  /**
   * A session booked for {@code startsAt} with {@code mechanicId} through {@code bookingId}: it is
   * SCHEDULED until its time, and paid through the booking.
   */
  public static ConsultSession booked(
      ConsultSession intake,
      UUID bookingId,
      Instant startsAt,
      UUID mechanicId,
      String mechanicName) {
    intake.status = SessionStatus.SCHEDULED;
    intake.bookingId = bookingId;
    intake.startsAt = startsAt;
    intake.queuedAt = startsAt;
    intake.bookedMechanicId = mechanicId;
    intake.bookedMechanicName = mechanicName;
    return intake;
  }

  /**
   * A follow-up of {@code parentId}: waits for {@code mechanicId} alone until {@code
   * reservedUntil}, then for the whole shop (at once when there is no such mechanic).
   */
  public static ConsultSession followUp(
      ConsultSession intake,
      UUID parentId,
      String kind,
      @Nullable UUID mechanicId,
      @Nullable Instant reservedUntil) {
    intake.parentSessionId = parentId;
    intake.followUp = kind;
    intake.reservedMechanicId = mechanicId;
    intake.reservedUntil = reservedUntil;
    return intake;
  }

  public @Nullable UUID getParentSessionId() {
    return parentSessionId;
  }

  public @Nullable String getFollowUp() {
    return followUp;
  }

  public @Nullable UUID getReservedMechanicId() {
    return reservedMechanicId;
  }

  public @Nullable Instant getReservedUntil() {
    return reservedUntil;
  }

  public @Nullable UUID getBookingId() {
    return bookingId;
  }

  public @Nullable Instant getStartsAt() {
    return startsAt;
  }

  public @Nullable UUID getBookedMechanicId() {
    return bookedMechanicId;
  }

  public @Nullable String getBookedMechanicName() {
    return bookedMechanicName;
  }

  public UUID getShopId() {
    return shopId;
  }

  public String getShopName() {
    return shopName;
  }

  public @Nullable UUID getOfferingId() {
    return offeringId;
  }

  public String getServiceName() {
    return serviceName;
  }

  public String getMode() {
    return mode;
  }

  public UUID getCustomerId() {
    return customerId;
  }

  public String getCustomerName() {
    return customerName;
  }

  public @Nullable UUID getMechanicId() {
    return mechanicId;
  }

  public @Nullable String getMechanicName() {
    return mechanicName;
  }

  public String getVehicle() {
    return vehicle;
  }

  public String getProblem() {
    return problem;
  }

  public SessionStatus getStatus() {
    return status;
  }

  public int getDurationMinutes() {
    return durationMinutes;
  }

  public long getPriceMinor() {
    return priceMinor;
  }

  public String getCurrency() {
    return currency;
  }

  public boolean isFree() {
    return free;
  }

  public int getWaitLimitMinutes() {
    return waitLimitMinutes;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getQueuedAt() {
    return queuedAt;
  }

  public @Nullable Instant getClaimedAt() {
    return claimedAt;
  }

  public @Nullable Instant getEndsAt() {
    return endsAt;
  }

  public @Nullable Instant getEndedAt() {
    return endedAt;
  }

  public @Nullable EndReason getEndReason() {
    return endReason;
  }

  public @Nullable Instant getLastMechanicAt() {
    return lastMechanicAt;
  }
}

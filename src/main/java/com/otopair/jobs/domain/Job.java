package com.otopair.jobs.domain;

import com.otopair.base.AbstractEntity;
import com.otopair.jobs.JobOrigin;
import com.otopair.jobs.JobStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A work order of a shop. Its status only moves along {@link JobStatus#next()}. */
@Entity
@Table(name = "jobs")
public class Job extends AbstractEntity {

  @Column(name = "shop_id", nullable = false, updatable = false)
  private UUID shopId;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  @Column(name = "shop_name", nullable = false)
  private String shopName;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private UUID customerId;

  @Column(name = "customer_name", nullable = false)
  private String customerName;

  @Column(name = "vehicle", nullable = false)
  private String vehicle;

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "description", nullable = false)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "origin", nullable = false, updatable = false)
  private JobOrigin origin;

  @Column(name = "booking_id")
  private @Nullable UUID bookingId;

  /** The remote session whose sent summary this job's estimate started with. */
  @Column(name = "origin_session_id")
  private @Nullable UUID originSessionId;

  @Column(name = "mechanic_id")
  private @Nullable UUID mechanicId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private JobStatus status;

  @Column(name = "internal_notes", nullable = false)
  private String internalNotes = "";

  @Column(name = "customer_notes", nullable = false)
  private String customerNotes = "";

  @Column(name = "tax_rate", nullable = false)
  private BigDecimal taxRate;

  @Column(name = "currency", nullable = false, updatable = false)
  private String currency;

  @Column(name = "scheduled_at")
  private @Nullable Instant scheduledAt;

  /** The first move to in progress: a job paused and resumed keeps it. */
  @Column(name = "started_at")
  private @Nullable Instant startedAt;

  /** The move to completed (final). */
  @Column(name = "completed_at")
  private @Nullable Instant completedAt;

  /**
   * The approved lines' total before tax, in minor units, taken by the database as the job
   * completes (Liquibase 0054), whichever code completes it; read in SQL by the reports.
   */
  @Column(name = "billed_minor", insertable = false, updatable = false)
  private @Nullable Long billedMinor;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** Customer, vehicle, shop and title, lower-cased by the database and indexed for search. */
  @Column(name = "search_text", insertable = false, updatable = false)
  private @Nullable String searchText;

  protected Job() {
    this.shopId = new UUID(0, 0);
    this.shopName = "";
    this.customerId = new UUID(0, 0);
    this.customerName = "";
    this.vehicle = "";
    this.title = "";
    this.description = "";
    this.origin = JobOrigin.WALK_IN;
    this.status = JobStatus.REQUESTED;
    this.taxRate = BigDecimal.ZERO;
    this.currency = "CAD";
    this.createdAt = Instant.EPOCH;
    this.updatedAt = Instant.EPOCH;
  }

  public Job(
      UUID shopId,
      int number,
      String shopName,
      UUID customerId,
      String customerName,
      String vehicle,
      String title,
      String description,
      JobOrigin origin,
      @Nullable UUID bookingId,
      @Nullable UUID mechanicId,
      BigDecimal taxRate,
      String currency,
      @Nullable Instant scheduledAt,
      Instant now) {
    this.shopId = shopId;
    this.number = number;
    this.shopName = shopName;
    this.customerId = customerId;
    this.customerName = customerName;
    this.vehicle = vehicle;
    this.title = title;
    this.description = description;
    this.origin = origin;
    this.bookingId = bookingId;
    this.mechanicId = mechanicId;
    this.status = JobStatus.REQUESTED;
    this.taxRate = taxRate;
    this.currency = currency;
    this.scheduledAt = scheduledAt;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /**
   * Moves to {@code target}; callers check {@link JobStatus#canMoveTo} first. The first move to in
   * progress is the start (a job paused and resumed keeps it); completing takes the time.
   */
  public void moveTo(JobStatus target, Instant now) {
    if (!status.canMoveTo(target)) {
      throw new IllegalStateException(status + " cannot move to " + target);
    }
    status = target;
    updatedAt = now;
    if (target == JobStatus.IN_PROGRESS && startedAt == null) {
      startedAt = now;
    }
    if (target == JobStatus.COMPLETED) {
      completedAt = now;
    }
  }

  public void assign(@Nullable UUID mechanicId, Instant now) {
    this.mechanicId = mechanicId;
    updatedAt = now;
  }

  /**
   * The booking moved to another time: the job follows it, and follows its mechanic while nobody
   * has accepted the job yet.
   */
  public void rebook(UUID bookingId, @Nullable UUID mechanicId, Instant scheduledAt, Instant now) {
    this.bookingId = bookingId;
    if (this.mechanicId == null || status == JobStatus.REQUESTED) {
      this.mechanicId = mechanicId;
    }
    this.scheduledAt = scheduledAt;
    updatedAt = now;
  }

  public void notes(String internalNotes, String customerNotes, Instant now) {
    this.internalNotes = internalNotes;
    this.customerNotes = customerNotes;
    updatedAt = now;
  }

  public void details(String title, String description, String vehicle, Instant now) {
    this.title = title;
    this.description = description;
    this.vehicle = vehicle;
    updatedAt = now;
  }

  public void taxRate(BigDecimal taxRate, Instant now) {
    this.taxRate = taxRate;
    updatedAt = now;
  }

  /** Started from the sent summary of the remote session {@code sessionId}. */
  public void cameFromSession(UUID sessionId) {
    this.originSessionId = sessionId;
  }

  public void touch(Instant now) {
    updatedAt = now;
  }

  public UUID getShopId() {
    return shopId;
  }

  public int getNumber() {
    return number;
  }

  public String getShopName() {
    return shopName;
  }

  public UUID getCustomerId() {
    return customerId;
  }

  public String getCustomerName() {
    return customerName;
  }

  public String getVehicle() {
    return vehicle;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public JobOrigin getOrigin() {
    return origin;
  }

  public @Nullable UUID getOriginSessionId() {
    return originSessionId;
  }

  public @Nullable UUID getBookingId() {
    return bookingId;
  }

  public @Nullable UUID getMechanicId() {
    return mechanicId;
  }

  public JobStatus getStatus() {
    return status;
  }

  public String getInternalNotes() {
    return internalNotes;
  }

  public String getCustomerNotes() {
    return customerNotes;
  }

  public BigDecimal getTaxRate() {
    return taxRate;
  }

  public String getCurrency() {
    return currency;
  }

  public @Nullable Instant getScheduledAt() {
    return scheduledAt;
  }

  public @Nullable Instant getStartedAt() {
    return startedAt;
  }

  public @Nullable Instant getCompletedAt() {
    return completedAt;
  }

  public @Nullable Long getBilledMinor() {
    return billedMinor;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}

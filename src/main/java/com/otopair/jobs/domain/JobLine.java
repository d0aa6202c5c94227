package com.otopair.jobs.domain;

import com.otopair.base.AbstractEntity;
import com.otopair.jobs.LineApproval;
import com.otopair.jobs.LineKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of a job's estimate, and the customer's decision on it. */
@Entity
@Table(name = "job_lines")
public class JobLine extends AbstractEntity {

  @Column(name = "job_id", nullable = false, updatable = false)
  private UUID jobId;

  @Column(name = "position", nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private LineKind kind;

  @Column(name = "description", nullable = false)
  private String description;

  @Column(name = "quantity", nullable = false)
  private BigDecimal quantity;

  @Column(name = "unit_price_minor", nullable = false)
  private long unitPriceMinor;

  @Enumerated(EnumType.STRING)
  @Column(name = "approval", nullable = false)
  private LineApproval approval;

  @Column(name = "decided_at")
  private @Nullable Instant decidedAt;

  protected JobLine() {
    this.jobId = new UUID(0, 0);
    this.kind = LineKind.PART;
    this.description = "";
    this.quantity = BigDecimal.ONE;
    this.approval = LineApproval.PENDING;
  }

  public JobLine(
      UUID jobId,
      int position,
      LineKind kind,
      String description,
      BigDecimal quantity,
      long unitPriceMinor,
      LineApproval approval,
      @Nullable Instant decidedAt) {
    this.jobId = jobId;
    this.position = position;
    this.kind = kind;
    this.description = description;
    this.quantity = quantity;
    this.unitPriceMinor = unitPriceMinor;
    this.approval = approval;
    this.decidedAt = decidedAt;
  }

  /** Quantity × unit price, to the cent (half up). */
  public long totalMinor() {
    return quantity
        .multiply(BigDecimal.valueOf(unitPriceMinor))
        .setScale(0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  public void decide(LineApproval decision, Instant now) {
    approval = decision;
    decidedAt = now;
  }

  public UUID getJobId() {
    return jobId;
  }

  public int getPosition() {
    return position;
  }

  public LineKind getKind() {
    return kind;
  }

  public String getDescription() {
    return description;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public long getUnitPriceMinor() {
    return unitPriceMinor;
  }

  public LineApproval getApproval() {
    return approval;
  }

  public @Nullable Instant getDecidedAt() {
    return decidedAt;
  }
}

package com.otopair.consult.domain;

import com.otopair.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A mechanic's written summary of a session, one per session. Its draft is revised through this
 * object; sending it and its first opening are conditional updates in {@link ReportRepository}, so
 * each happens once however many requests race.
 */
@Entity
@Table(name = "consult_reports")
public class Report extends AbstractEntity {

  @Column(name = "session_id", nullable = false, updatable = false)
  private UUID sessionId;

  @Column(name = "mechanic_id", nullable = false, updatable = false)
  private UUID mechanicId;

  @Column(name = "findings", nullable = false)
  private String findings;

  @Column(name = "steps_taken", nullable = false)
  private String stepsTaken;

  @Column(name = "next_steps", nullable = false)
  private String nextSteps;

  @Column(name = "urgency", nullable = false)
  private String urgency;

  @Column(name = "repair_service_id")
  private @Nullable UUID repairServiceId;

  @Column(name = "status", nullable = false, insertable = false, updatable = false)
  private String status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "sent_at", insertable = false, updatable = false)
  private @Nullable Instant sentAt;

  @Column(name = "first_opened_at", insertable = false, updatable = false)
  private @Nullable Instant firstOpenedAt;

  @ElementCollection
  @CollectionTable(name = "consult_report_lines", joinColumns = @JoinColumn(name = "report_id"))
  @OrderColumn(name = "position")
  private List<ReportEntry> lines = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "consult_report_photos", joinColumns = @JoinColumn(name = "report_id"))
  @OrderColumn(name = "position")
  @Column(name = "file_key", nullable = false)
  private List<String> photoKeys = new ArrayList<>();

  protected Report() {
    sessionId = UUID.randomUUID();
    mechanicId = sessionId;
    findings = "";
    stepsTaken = "";
    nextSteps = "";
    urgency = "SOON";
    status = "DRAFT";
    createdAt = Instant.EPOCH;
    updatedAt = Instant.EPOCH;
  }

  /** A new, empty draft of the session's summary by its mechanic. */
  public Report(UUID sessionId, UUID mechanicId, Instant now) {
    this();
    this.sessionId = sessionId;
    this.mechanicId = mechanicId;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Replaces the draft's content (only a draft is revised: the caller checks). */
  public void revise(
      String findings,
      String stepsTaken,
      String nextSteps,
      String urgency,
      @Nullable UUID repairServiceId,
      List<ReportEntry> lines,
      List<String> photoKeys,
      Instant now) {
    this.findings = findings;
    this.stepsTaken = stepsTaken;
    this.nextSteps = nextSteps;
    this.urgency = urgency;
    this.repairServiceId = repairServiceId;
    this.lines.clear();
    this.lines.addAll(lines);
    this.photoKeys.clear();
    this.photoKeys.addAll(photoKeys);
    this.updatedAt = now;
  }

  public UUID getSessionId() {
    return sessionId;
  }

  public UUID getMechanicId() {
    return mechanicId;
  }

  public String getFindings() {
    return findings;
  }

  public String getStepsTaken() {
    return stepsTaken;
  }

  public String getNextSteps() {
    return nextSteps;
  }

  public String getUrgency() {
    return urgency;
  }

  public @Nullable UUID getRepairServiceId() {
    return repairServiceId;
  }

  public String getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public @Nullable Instant getSentAt() {
    return sentAt;
  }

  public @Nullable Instant getFirstOpenedAt() {
    return firstOpenedAt;
  }

  public List<ReportEntry> getLines() {
    return List.copyOf(lines);
  }

  public List<String> getPhotoKeys() {
    return List.copyOf(photoKeys);
  }
}

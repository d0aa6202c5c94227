package com.otopair.jobs;

import com.otopair.base.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A job with its estimate and timeline. {@code internalNotes} is null for the customer, who never
 * sees them; {@code fromSession} is the remote session whose summary the job started with, if any.
 */
public record JobDetails(
    JobSummary job,
    ZoneId zone,
    String description,
    @Nullable String internalNotes,
    String customerNotes,
    BigDecimal taxRate,
    List<Line> lines,
    Totals totals,
    List<Entry> timeline,
    List<String> photoUrls,
    @Nullable FromSession fromSession) {

  /** The remote session a job started from: when it took place and with which mechanic. */
  public record FromSession(UUID sessionId, Instant at, String mechanicName) {

    /** The session's summary page. */
    public String summaryPath() {
      return "sessions/" + sessionId + "/summary";
    }
  }

  /** An estimate line with its total. */
  public record Line(
      UUID id,
      LineKind kind,
      String description,
      BigDecimal quantity,
      Money unitPrice,
      Money total,
      LineApproval approval) {}

  /**
   * The estimate's sums: what the customer approved (with tax), what awaits their decision, what
   * they declined (recommended later).
   */
  public record Totals(
      Money approvedSubtotal, Money tax, Money approvedTotal, Money pending, Money declined) {}

  /**
   * One step of the timeline: who did what, when, and why; {@code actor} and {@code comment} in the
   * reader's language (as read when the details were).
   */
  public record Entry(
      Instant at,
      String actor,
      String kind,
      @Nullable JobStatus from,
      @Nullable JobStatus to,
      String comment) {}

  public boolean hasPendingLines() {
    return lines.stream().anyMatch(l -> l.approval() == LineApproval.PENDING);
  }
}

package com.otopair.jobs;

import com.otopair.base.TransactionLocks;
import com.otopair.booking.BookingSummary;
import com.otopair.consult.ReportLine;
import com.otopair.consult.SessionNotices;
import com.otopair.consult.SessionReport;
import com.otopair.consult.SessionReports;
import com.otopair.jobs.domain.Job;
import com.otopair.jobs.domain.JobEvent;
import com.otopair.jobs.domain.JobLineRepository;
import com.otopair.scheduling.Availability;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A repair booked from a remote session's summary: the job its booking opens starts with the
 * summary's parts and labour, awaiting the customer's approval, and says which session it came
 * from; where the shop credits remote sessions, what a paid one cost comes off as a credit line,
 * once per session. Only a sent summary of the booking's own shop and customer counts: any other
 * session id the booking page was given is ignored.
 */
@Component
class JobRepairs {

  private final SessionReports reports;
  private final SessionNotices sessions;
  private final Availability availability;
  private final JobLines lines;
  private final JobLineRepository lineRows;
  private final JobTimeline timeline;
  private final TransactionLocks locks;

  JobRepairs(
      SessionReports reports,
      SessionNotices sessions,
      Availability availability,
      JobLines lines,
      JobLineRepository lineRows,
      JobTimeline timeline,
      TransactionLocks locks) {
    this.reports = reports;
    this.sessions = sessions;
    this.availability = availability;
    this.lines = lines;
    this.lineRows = lineRows;
    this.timeline = timeline;
    this.locks = locks;
  }

  /** The sent summary the booking was made from, when it is its shop's and its customer's. */
  Optional<SessionReport> summaryOf(BookingSummary booking) {
    UUID sessionId = booking.originSessionId();
    if (sessionId == null) {
      return Optional.empty();
    }
    return reports
        .sent(sessionId)
        .filter(report -> report.shopId().equals(booking.shopId()))
        .filter(report -> report.customerId().equals(booking.customerId()));
  }

  /**
   * Starts the new job of {@code booking} with its session's summary, if it has one that counts.
   * The caller holds the booking's job lock and just created the job, so this runs once per job.
   */
  void start(Job job, BookingSummary booking) {
    summaryOf(booking).ifPresent(report -> start(job, booking, report));
  }

  private void start(Job job, BookingSummary booking, SessionReport report) {
    job.cameFromSession(report.sessionId());
    for (ReportLine line : report.lines()) {
      lines.add(
          job,
          new LineDraft(
              line.kind() == ReportLine.Kind.LABOUR ? LineKind.LABOUR : LineKind.PART,
              line.description(),
              line.quantity(),
              line.unitPrice().minor()),
          LineApproval.PENDING);
    }
    timeline.record(
        job,
        JobTimeline.Actor.system("jobs.actor.online-booking"),
        JobEvent.Kind.ESTIMATE,
        null,
        null,
        JobTimeline.Note.of("jobs.timeline.from-session", report.mechanicName()));
    if (availability.policy(booking.shopId()).creditRemoteSessions()
        && !report.sessionFree()
        && report.sessionPrice().minor() > 0) {
      credit(job, booking, report);
    }
    timeline.flush();
    timeline.changed(job);
  }

  /**
   * What the session cost, off the repair: an approved credit line (nothing to decide), unless a
   * live job booked from the same session already has it. Two bookings of one session confirmed at
   * once wait for each other here.
   */
  private void credit(Job job, BookingSummary booking, SessionReport report) {
    locks.lock("session-credit/" + report.sessionId());
    if (lineRows.creditedFor(report.sessionId(), JobStatus.CANCELLED)) {
      return;
    }
    lines.add(
        job,
        new LineDraft(
            LineKind.CREDIT,
            day(report, booking).toString(),
            BigDecimal.ONE,
            -report.sessionPrice().minor()),
        LineApproval.APPROVED);
    timeline.record(
        job,
        JobTimeline.Actor.system("jobs.actor.online-booking"),
        JobEvent.Kind.ESTIMATE,
        null,
        null,
        JobTimeline.Note.of("jobs.timeline.session-credited", report.sessionPrice().format()));
  }

  /** The day the session took place, in the shop's zone. */
  private LocalDate day(SessionReport report, BookingSummary booking) {
    Instant at =
        sessions
            .notice(report.sessionId())
            .map(SessionNotices.Notice::session)
            .map(JobReads::sessionTime)
            .orElse(Objects.requireNonNull(report.sentAt()));
    return at.atZone(booking.zone()).toLocalDate();
  }
}

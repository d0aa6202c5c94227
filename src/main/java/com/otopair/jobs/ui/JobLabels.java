package com.otopair.jobs.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.ui.Badge;
import com.otopair.base.ui.Badge.Tone;
import com.otopair.base.ui.GridColumns;
import com.otopair.jobs.JobDetails;
import com.otopair.jobs.JobStatus;
import com.otopair.jobs.JobSummary;
import com.otopair.jobs.LineApproval;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Job statuses as badges, job times in the shop's zone, and a job's facts as label and value. */
final class JobLabels {

  private JobLabels() {}

  static Badge badge(JobStatus status) {
    var badge =
        new Badge(
            status.label(),
            switch (status) {
              case COMPLETED -> Tone.SUCCESS;
              case CANCELLED -> Tone.ERROR;
              case WAITING_PARTS, WAITING_APPROVAL -> Tone.WARNING;
              case IN_PROGRESS -> Tone.NEUTRAL;
              default -> Tone.CONTRAST;
            });
    badge.addClassName("otopair-job-status");
    return status == JobStatus.IN_PROGRESS ? badge.filled() : badge;
  }

  static Badge approval(LineApproval approval) {
    return switch (approval) {
      case PENDING -> new Badge(I18n.t("jobs.approval.pending"), Tone.CONTRAST);
      case APPROVED -> new Badge(I18n.t("jobs.approval.approved"), Tone.SUCCESS);
      case DECLINED -> new Badge(I18n.t("jobs.approval.declined"), Tone.WARNING);
    };
  }

  /** "Mon, Mar 9, 9:00 AM"; the zone follows a time inside the hour that repeats. */
  static String when(@Nullable Instant at, ZoneId zone) {
    return at == null ? "" : Formats.current().shortWhen(at, zone);
  }

  /**
   * A job as one card on a phone: its number and title, the customer and car, and {@code context}.
   */
  static Div card(JobSummary job, String context) {
    return GridColumns.card(
        job.reference() + " · " + job.title(),
        List.of(
            job.customerName() + (job.vehicle().isEmpty() ? "" : " · " + job.vehicle()), context),
        badge(job.status()));
  }

  static String mechanic(JobSummary job) {
    return job.mechanicName() == null ? I18n.t("jobs.unassigned") : job.mechanicName();
  }

  /** One fact about a job: its label above its value. */
  /**
   * A timeline step's headline: "Requested → Accepted" for a move, "Opened" for the first step,
   * else nothing (its note says what happened).
   */
  static String step(JobDetails.Entry entry) {
    if (entry.to() != null && entry.from() != null) {
      return I18n.t("jobs.timeline.moved", entry.from().label(), entry.to().label());
    }
    return entry.to() != null ? I18n.t("jobs.timeline.opened") : "";
  }

  static Div fact(String label, String value) {
    var name = new Span(label);
    name.addClassName("otopair-fact-label");
    var text = new Span(value);
    text.addClassName("otopair-fact-value");
    var fact = new Div(name, text);
    fact.addClassName("otopair-fact");
    return fact;
  }
}

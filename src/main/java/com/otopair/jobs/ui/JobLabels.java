package com.otopair.jobs.ui;

import com.otopair.base.Times;
import com.otopair.jobs.JobStatus;
import com.otopair.jobs.JobSummary;
import com.otopair.jobs.LineApproval;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Job statuses as badges, and job times in the shop's zone. */
final class JobLabels {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE MMM d", Locale.CANADA);
  static final DateTimeFormatter WHEN_ZONED =
      DateTimeFormatter.ofPattern("EEE MMM d, h:mm a zzz", Locale.CANADA);

  private JobLabels() {}

  static Span badge(JobStatus status) {
    var badge = new Span(status.label());
    badge
        .getElement()
        .getThemeList()
        .add(
            "badge "
                + switch (status) {
                  case COMPLETED -> "success";
                  case CANCELLED -> "error";
                  case WAITING_PARTS, WAITING_APPROVAL -> "warning";
                  case IN_PROGRESS -> "primary";
                  default -> "contrast";
                });
    badge.addClassName("otopair-job-status");
    return badge;
  }

  static Span approval(LineApproval approval) {
    var badge =
        new Span(
            switch (approval) {
              case PENDING -> "Awaiting approval";
              case APPROVED -> "Approved";
              case DECLINED -> "Recommended later";
            });
    badge
        .getElement()
        .getThemeList()
        .add(
            "badge "
                + switch (approval) {
                  case PENDING -> "contrast";
                  case APPROVED -> "success";
                  case DECLINED -> "warning";
                });
    return badge;
  }

  /** "Mon Mar 9, 9:00 AM"; the zone follows a time inside the hour that repeats. */
  static String when(@Nullable Instant at, ZoneId zone) {
    return at == null ? "" : DAY.format(at.atZone(zone)) + ", " + Times.time(at, zone);
  }

  static String mechanic(JobSummary job) {
    return job.mechanicName() == null ? "Unassigned" : job.mechanicName();
  }
}

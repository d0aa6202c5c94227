package com.otopair.jobs;

import com.otopair.base.I18n;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a job stands. REQUESTED → ACCEPTED → IN_PROGRESS ⇄ WAITING_PARTS / WAITING_APPROVAL;
 * IN_PROGRESS → COMPLETED; any open state → CANCELLED. COMPLETED and CANCELLED are final.
 */
public enum JobStatus {
  REQUESTED,
  ACCEPTED,
  IN_PROGRESS,
  WAITING_PARTS,
  WAITING_APPROVAL,
  COMPLETED,
  CANCELLED;

  /** "In progress", "En cours": in the reader's language. */
  public String label() {
    return I18n.t("jobs.status." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  /** The states this one may move to. */
  public Set<JobStatus> next() {
    return switch (this) {
      case REQUESTED -> EnumSet.of(ACCEPTED, CANCELLED);
      case ACCEPTED -> EnumSet.of(IN_PROGRESS, CANCELLED);
      case IN_PROGRESS -> EnumSet.of(WAITING_PARTS, WAITING_APPROVAL, COMPLETED, CANCELLED);
      case WAITING_PARTS, WAITING_APPROVAL -> EnumSet.of(IN_PROGRESS, CANCELLED);
      case COMPLETED, CANCELLED -> EnumSet.noneOf(JobStatus.class);
    };
  }

  public boolean canMoveTo(JobStatus target) {
    return next().contains(target);
  }

  public boolean isOpen() {
    return this != COMPLETED && this != CANCELLED;
  }

  /**
   * The verb for moving a job here from {@code from}, as buttons say it: work paused for parts or
   * an approval is resumed, not started.
   */
  public String actionFrom(JobStatus from) {
    return this == IN_PROGRESS && (from == WAITING_PARTS || from == WAITING_APPROVAL)
        ? I18n.t("jobs.action.resume")
        : action();
  }

  /** The verb for moving a job here, as buttons say it. */
  public String action() {
    return I18n.t(
        switch (this) {
          case REQUESTED -> "jobs.action.reopen";
          case ACCEPTED -> "jobs.action.accept";
          case IN_PROGRESS -> "jobs.action.start";
          case WAITING_PARTS -> "jobs.action.wait-parts";
          case WAITING_APPROVAL -> "jobs.action.ask-approval";
          case COMPLETED -> "jobs.action.complete";
          case CANCELLED -> "jobs.action.cancel";
        });
  }
}

package com.otopair.jobs;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a job stands. REQUESTED → ACCEPTED → IN_PROGRESS ⇄ WAITING_PARTS / WAITING_APPROVAL;
 * IN_PROGRESS → COMPLETED; any open state → CANCELLED. COMPLETED and CANCELLED are final.
 */
public enum JobStatus {
  REQUESTED("Requested"),
  ACCEPTED("Accepted"),
  IN_PROGRESS("In progress"),
  WAITING_PARTS("Waiting for parts"),
  WAITING_APPROVAL("Waiting for approval"),
  COMPLETED("Completed"),
  CANCELLED("Cancelled");

  private final String label;

  JobStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
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
        ? "Resume work"
        : action();
  }

  /** The verb for moving a job here, as buttons say it. */
  public String action() {
    return switch (this) {
      case REQUESTED -> "Reopen";
      case ACCEPTED -> "Accept";
      case IN_PROGRESS -> "Start work";
      case WAITING_PARTS -> "Wait for parts";
      case WAITING_APPROVAL -> "Ask for approval";
      case COMPLETED -> "Complete";
      case CANCELLED -> "Cancel job";
    };
  }
}

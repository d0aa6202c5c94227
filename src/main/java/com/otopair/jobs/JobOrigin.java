package com.otopair.jobs;

/** How a job came in. */
public enum JobOrigin {
  BOOKING("Booking"),
  WALK_IN("Walk-in"),
  PHONE("Phone");

  private final String label;

  JobOrigin(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

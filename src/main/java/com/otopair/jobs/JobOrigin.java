package com.otopair.jobs;

import com.otopair.base.I18n;
import java.util.Locale;

/** How a job came in. */
public enum JobOrigin {
  BOOKING,
  WALK_IN,
  PHONE;

  /** The key of its name: "jobs.origin.walk-in". */
  public String key() {
    return "jobs.origin." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** "Walk-in", "Sans rendez-vous": in the reader's language. */
  public String label() {
    return I18n.t(key());
  }
}

package com.otopair.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the audit log is filtered by: actor text, one action, a date range (UTC days). */
public record AuditFilter(
    String actor, @Nullable String action, @Nullable LocalDate from, @Nullable LocalDate to) {

  public static AuditFilter any() {
    return new AuditFilter("", null, null, null);
  }
}

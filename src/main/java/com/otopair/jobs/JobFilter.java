package com.otopair.jobs;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Which jobs a board or list shows: any of these statuses, one mechanic, a day range, a text. */
public record JobFilter(
    Set<JobStatus> statuses,
    @Nullable UUID mechanicId,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    String text) {

  public static JobFilter all() {
    return new JobFilter(Set.of(), null, null, null, "");
  }
}

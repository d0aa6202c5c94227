package com.otopair.audit;

import com.otopair.base.AccessReads;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the access log is filtered by: who read (an email or a user id, as typed), whose data (a
 * customer's email or id, as typed), what kind of record, which channel, which shop, and a date
 * range (UTC days). Blank texts and nulls mean "any".
 */
public record AccessFilter(
    String actor,
    String customer,
    AccessReads.@Nullable Subject subject,
    @Nullable AccessChannel channel,
    @Nullable UUID shopId,
    @Nullable LocalDate from,
    @Nullable LocalDate to) {

  public static AccessFilter any() {
    return new AccessFilter("", "", null, null, null, null, null);
  }
}

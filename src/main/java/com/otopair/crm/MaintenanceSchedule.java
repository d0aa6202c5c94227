package com.otopair.crm;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When a vehicle is due for a rule's service, on a day of its shop's calendar: a pure function of
 * the rule, the vehicle's model year and the day of its last service of that category (completed,
 * or booked: a future one means nothing is due).
 */
public final class MaintenanceSchedule {

  /** How long before a season opens a service of its category still counts for the season. */
  static final int SEASON_GRACE_MONTHS = 2;

  private MaintenanceSchedule() {}

  /**
   * The day the service fell due (a seasonal one: the day its season opened), or empty when it is
   * not due {@code today}. A vehicle with no service of the category counts from January 1 of its
   * model year.
   */
  public static Optional<LocalDate> dueSince(
      MaintenanceRule rule, int vehicleYear, @Nullable LocalDate lastService, LocalDate today) {
    if (today.getYear() - vehicleYear < rule.minVehicleAgeYears()) {
      return Optional.empty();
    }
    Integer interval = rule.intervalMonths();
    if (interval != null) {
      LocalDate from = lastService != null ? lastService : LocalDate.of(vehicleYear, 1, 1);
      LocalDate due = from.plusMonths(interval);
      return due.isAfter(today) ? Optional.empty() : Optional.of(due);
    }
    if (rule.seasonFrom() == null || rule.seasonUntil() == null) {
      return Optional.empty();
    }
    LocalDate opens = rule.seasonFrom().atYear(today.getYear());
    LocalDate closes = rule.seasonUntil().atYear(today.getYear());
    if (closes.isBefore(opens)) {
      // A season across New Year (December to February): the one that opened last year, or the
      // one that opens this year.
      if (today.isBefore(opens)) {
        opens = opens.minusYears(1);
      } else {
        closes = closes.plusYears(1);
      }
    }
    if (today.isBefore(opens) || today.isAfter(closes)) {
      return Optional.empty();
    }
    if (lastService != null && !lastService.isBefore(opens.minusMonths(SEASON_GRACE_MONTHS))) {
      return Optional.empty();
    }
    return Optional.of(opens);
  }
}

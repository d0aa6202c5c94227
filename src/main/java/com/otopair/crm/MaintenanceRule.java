package com.otopair.crm;

import com.otopair.shops.OfferingCategory;
import java.time.MonthDay;
import org.jspecify.annotations.Nullable;

/**
 * One row of the maintenance rule table ({@code upsell_maintenance_rules}): a service of {@code
 * category} every {@code intervalMonths}, or once a season from {@code seasonFrom} until {@code
 * seasonUntil}; for vehicles at least {@code minVehicleAgeYears} old, in {@code country} when set.
 */
public record MaintenanceRule(
    String code,
    OfferingCategory category,
    @Nullable Integer intervalMonths,
    int minVehicleAgeYears,
    @Nullable String country,
    @Nullable MonthDay seasonFrom,
    @Nullable MonthDay seasonUntil) {

  /** Whether the rule holds for a shop in {@code shopCountry}. */
  public boolean appliesIn(String shopCountry) {
    return country == null || country.equals(shopCountry);
  }
}

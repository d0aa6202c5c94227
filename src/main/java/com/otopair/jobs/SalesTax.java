package com.otopair.jobs;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The default sales tax on repairs where a shop is, in percent: Canada's GST/HST plus provincial
 * tax, and a typical combined state and local rate in the US. A job's rate can be changed.
 */
final class SalesTax {

  private static final Map<String, String> RATES =
      Map.ofEntries(
          Map.entry("QC", "14.975"),
          Map.entry("ON", "13"),
          Map.entry("NS", "14"),
          Map.entry("NB", "15"),
          Map.entry("NL", "15"),
          Map.entry("PE", "15"),
          Map.entry("MB", "12"),
          Map.entry("SK", "11"),
          Map.entry("BC", "12"),
          Map.entry("AB", "5"),
          Map.entry("TX", "8.25"),
          Map.entry("IL", "10.25"),
          Map.entry("NY", "8.875"),
          Map.entry("MA", "6.25"),
          Map.entry("CO", "8.81"),
          Map.entry("AZ", "8.6"),
          Map.entry("CA", "9.5"),
          Map.entry("WA", "10.25"));

  private SalesTax() {}

  static BigDecimal rateFor(String region) {
    return new BigDecimal(RATES.getOrDefault(region, "0"));
  }
}

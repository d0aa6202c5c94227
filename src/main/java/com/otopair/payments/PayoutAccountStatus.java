package com.otopair.payments;

/** A shop's Stripe Express account: not connected, onboarding unfinished, or paid out to. */
public enum PayoutAccountStatus {
  NONE("Not connected"),
  PENDING("Onboarding not finished"),
  ENABLED("Payouts enabled");

  private final String label;

  PayoutAccountStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

package com.otopair.shops;

/** Where a shop is in its life: only ACTIVE shops are public and bookable. */
public enum ShopStatus {
  PENDING_APPROVAL("Awaiting approval"),
  ACTIVE("Live"),
  DEACTIVATED("Deactivated");

  private final String label;

  ShopStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

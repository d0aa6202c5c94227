package com.otopair.shops;

/** What kind of work a service is; customers search by it. */
public enum OfferingCategory {
  DIAGNOSTICS("Diagnostics"),
  BRAKES("Brakes"),
  OIL("Oil and fluids"),
  TYRES("Tyres and wheels"),
  ELECTRICAL("Electrical"),
  ENGINE("Engine"),
  SUSPENSION("Suspension and steering"),
  AIR_CONDITIONING("Air conditioning"),
  INSPECTION("Inspection"),
  OTHER("Other");

  private final String label;

  OfferingCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

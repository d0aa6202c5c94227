package com.otopair.team;

/** The fixed taxonomy of what mechanics are good at; free tags cover the rest. */
public enum Specialty {
  DIAGNOSTICS("Diagnostics"),
  BRAKES("Brakes"),
  ENGINE("Engine"),
  TRANSMISSION("Transmission"),
  ELECTRICAL("Electrical"),
  HYBRID_EV("Hybrid and EV"),
  AIR_CONDITIONING("Air conditioning"),
  SUSPENSION("Suspension and steering"),
  TYRES("Tyres and wheels"),
  DIESEL("Diesel"),
  EUROPEAN("European cars"),
  JAPANESE("Japanese cars"),
  AMERICAN("American cars");

  private final String label;

  Specialty(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

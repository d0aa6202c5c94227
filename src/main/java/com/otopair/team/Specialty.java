package com.otopair.team;

import com.otopair.base.I18n;
import java.util.Locale;

/** The fixed taxonomy of what mechanics are good at; free tags cover the rest. */
public enum Specialty {
  DIAGNOSTICS,
  BRAKES,
  ENGINE,
  TRANSMISSION,
  ELECTRICAL,
  HYBRID_EV,
  AIR_CONDITIONING,
  SUSPENSION,
  TYRES,
  DIESEL,
  EUROPEAN,
  JAPANESE,
  AMERICAN;

  /** "Brakes", in the reader's language. */
  public String label() {
    return I18n.t("team.specialty." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }
}

package com.otopair.crm;

import java.util.List;
import java.util.Locale;

/**
 * The steps of the CRM's funnel, in order, each the interactions that reach it: an intake, a
 * session, the summary read, an upsell shown, an upsell clicked, then a follow-up or a booking.
 */
public enum FunnelStep {
  INTAKE(List.of(InteractionKind.INTAKE_STARTED)),
  SESSION(List.of(InteractionKind.SESSION)),
  SUMMARY_VIEWED(List.of(InteractionKind.SUMMARY_VIEWED)),
  UPSELL_SHOWN(List.of(InteractionKind.UPSELL_SHOWN)),
  UPSELL_CLICKED(List.of(InteractionKind.UPSELL_CLICKED)),
  FOLLOW_UP_OR_BOOKING(List.of(InteractionKind.FOLLOW_UP, InteractionKind.BOOKING));

  private final List<InteractionKind> kinds;

  FunnelStep(List<InteractionKind> kinds) {
    this.kinds = kinds;
  }

  /** The interactions that reach this step. */
  public List<InteractionKind> kinds() {
    return kinds;
  }

  /** Its key in the crm bundles. */
  public String labelKey() {
    return "crm.funnel.step." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

package com.otopair.crm;

/** The steps of a customer's journey the CRM records, in the funnel's order. */
public enum InteractionKind {
  INTAKE_STARTED,
  SESSION,
  SUMMARY_VIEWED,
  UPSELL_SHOWN,
  UPSELL_CLICKED,
  BOOKING,
  FOLLOW_UP,
  REVIEW
}

package com.otopair.crm;

/** What the customer did with an offer they were shown. */
public enum UpsellState {
  SHOWN,
  CLICKED,
  /** "Not now": never shown again for that subject. */
  DISMISSED,
  /** A booking or session made within 14 days after a click. */
  BOUGHT;

  /** Whether the offer still shows on the customer's cards. */
  public boolean showing() {
    return this == SHOWN || this == CLICKED;
  }
}

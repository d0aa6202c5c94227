package com.otopair.payments;

/** How a shop takes money for bookings. */
public enum PaymentMode {
  OFF("Pay at the shop", "Customers pay at the shop when the work is done."),
  OPTIONAL(
      "Online or at the shop",
      "Customers choose: a card held when they book, or payment at the shop."),
  REQUIRED("Online when booking", "A card is held when they book; the slot is theirs once it is.");

  private final String label;
  private final String explanation;

  PaymentMode(String label, String explanation) {
    this.label = label;
    this.explanation = explanation;
  }

  public String label() {
    return label;
  }

  public String explanation() {
    return explanation;
  }
}

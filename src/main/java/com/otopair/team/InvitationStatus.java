package com.otopair.team;

/** Where an invitation stands; EXPIRED is a PENDING one past its date. */
public enum InvitationStatus {
  PENDING("Pending"),
  ACCEPTED("Accepted"),
  DECLINED("Declined"),
  REVOKED("Revoked"),
  EXPIRED("Expired");

  private final String label;

  InvitationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

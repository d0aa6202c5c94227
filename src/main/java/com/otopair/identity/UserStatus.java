package com.otopair.identity;

/** Whether a user may sign in. */
public enum UserStatus {
  ACTIVE("Active"),
  SUSPENDED("Suspended");

  private final String label;

  UserStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

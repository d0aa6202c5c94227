package com.otopair.identity;

/**
 * An email with a single-use link must go to an account holder. The link carries the raw token; it
 * is never stored elsewhere, and the outbox entry is deleted once the mail has gone.
 */
public record AccountEmailRequested(Kind kind, String to, String name, String link) {

  public enum Kind {
    /** Confirm the address given at sign-up. */
    VERIFY_EMAIL,
    /** Confirm a new address given on the profile page. */
    CONFIRM_NEW_EMAIL,
    /** Choose a new password. */
    RESET_PASSWORD
  }
}

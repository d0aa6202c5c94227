package com.otopair.identity;

import org.jspecify.annotations.Nullable;

/**
 * An email with a single-use link must go to an account holder. The link carries the raw token; it
 * is never stored elsewhere, and the outbox entry is deleted once the mail has gone. {@code
 * language} is the account's ("en", "fr"): a new address has no account of its own yet, and the
 * mail to it is still in its holder's language ({@code null} on events stored before it existed).
 */
public record AccountEmailRequested(
    Kind kind, String to, String name, String link, @Nullable String language) {

  public enum Kind {
    /** Confirm the address given at sign-up. */
    VERIFY_EMAIL,
    /** Confirm a new address given on the profile page. */
    CONFIRM_NEW_EMAIL,
    /** Choose a new password. */
    RESET_PASSWORD,
    /** Choose a first password for the account a shop made when it booked for its holder. */
    CLAIM_ACCOUNT,
    /**
     * Many failed sign-ins from anywhere: tell the owner (at most once a day); the link leads to a
     * password reset and names the day, so the outbox sends one per day.
     */
    SIGN_IN_ALERT
  }
}

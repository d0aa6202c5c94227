package com.otopair.crm;

/** Where a recommendation comes from, in the order the customer sees them (the first first). */
public enum UpsellKind {
  /** The repair a mechanic recommended in a live session's summary, not booked since. */
  SESSION_FOLLOW_UP,
  /** An estimate line the customer declined ("saved for later") on a job. */
  DEFERRED_LINE,
  /** A service the maintenance rule table says the vehicle is due for. */
  MAINTENANCE,
  /** A longer or video session after one that ran out of time or was chat only. */
  PREMIUM_SESSION
}

package com.otopair.payments;

import java.util.UUID;

/**
 * What a payment pays for: a booking or a walk-in job today; a remote session or a follow-up
 * question next.
 */
public record PaymentSubject(Kind kind, UUID id) {

  public enum Kind {
    BOOKING,
    JOB,
    SESSION,
    QUESTION
  }

  public static PaymentSubject booking(UUID bookingId) {
    return new PaymentSubject(Kind.BOOKING, bookingId);
  }

  public static PaymentSubject job(UUID jobId) {
    return new PaymentSubject(Kind.JOB, jobId);
  }

  public static PaymentSubject session(UUID sessionId) {
    return new PaymentSubject(Kind.SESSION, sessionId);
  }
}

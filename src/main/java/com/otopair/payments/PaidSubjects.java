package com.otopair.payments;

import com.otopair.booking.BookingHolds;
import com.otopair.consult.PaidSessions;
import com.otopair.payments.domain.Payment;
import org.springframework.stereotype.Component;

/**
 * What a payment's arrival, or its certain absence, does to what it pays for: a held booking is
 * confirmed or its slot let go; a live session enters its shop's queue or expires unpaid; a job's
 * payment has nothing to confirm.
 */
@Component
class PaidSubjects {

  private final BookingHolds bookings;
  private final PaidSessions sessions;

  PaidSubjects(BookingHolds bookings, PaidSessions sessions) {
    this.bookings = bookings;
    this.sessions = sessions;
  }

  /**
   * The money arrived: answers false when what it pays for was given up before (then the money must
   * go back).
   */
  boolean paid(Payment payment) {
    return switch (payment.subject().kind()) {
      case BOOKING -> bookings.confirmPaid(payment.getSubjectId());
      case SESSION -> sessions.paid(payment.getSubjectId());
      case JOB, QUESTION -> true;
    };
  }

  /** The money will never arrive: what waited for it is let go at once. */
  void unpaid(Payment payment) {
    switch (payment.subject().kind()) {
      case BOOKING -> bookings.releaseUnpaid(payment.getSubjectId());
      case SESSION -> sessions.paymentFailed(payment.getSubjectId());
      case JOB, QUESTION -> {}
    }
  }
}

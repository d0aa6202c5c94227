package com.otopair.payments;

import com.otopair.booking.BookingCancelled;
import com.otopair.booking.BookingConfirmed;
import com.otopair.booking.BookingNotices;
import com.otopair.jobs.JobNotices;
import com.otopair.jobs.JobStatus;
import com.otopair.jobs.JobStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What other modules' events do to the money, through the outbox: a moved booking takes its payment
 * along, a cancellation and a completed job settle it, a requested refund is carried out.
 *
 * <p>The outbox knows each reaction by its listener's class and method: incomplete publications of
 * a node that stopped are resumed by those names, so they stay here, stable.
 */
@Component
class BookingPayments {

  private final BookingNotices moves;
  private final JobNotices jobs;
  private final Settlements settlements;
  private final Refunds refunds;

  BookingPayments(BookingNotices moves, JobNotices jobs, Settlements settlements, Refunds refunds) {
    this.moves = moves;
    this.jobs = jobs;
    this.settlements = settlements;
    this.refunds = refunds;
  }

  /**
   * A moved booking takes its payment along; a new one is not handed to this listener at all (no
   * outbox entry, no transaction): it was paid, or not, on its own way.
   */
  @ApplicationModuleListener(condition = "#confirmed.moved()")
  void on(BookingConfirmed confirmed) {
    settlements.bookingMoved(confirmed.bookingId(), moves.movedFrom(confirmed.bookingId()));
  }

  @ApplicationModuleListener
  void on(BookingCancelled cancelled) {
    boolean late = moves.booking(cancelled.bookingId()).cancelledLate();
    settlements.bookingCancelled(
        cancelled.bookingId(), cancelled.by(), late, cancelled.underPolicy());
  }

  @ApplicationModuleListener
  void on(JobStatusChanged changed) {
    if (changed.to() == JobStatus.COMPLETED) {
      jobs.notice(changed.jobId()).ifPresent(notice -> settlements.jobCompleted(notice.job()));
    }
  }

  @ApplicationModuleListener
  void on(RefundRequested requested) {
    refunds.carryOut(requested.refundId());
  }
}

package com.otopair.payments;

import com.otopair.booking.BookingCancelled;
import com.otopair.booking.BookingCheckout;
import com.otopair.booking.BookingConfirmed;
import com.otopair.booking.BookingNotices;
import com.otopair.jobs.JobNotices;
import com.otopair.jobs.JobStatus;
import com.otopair.jobs.JobStatusChanged;
import com.otopair.payments.gateway.PaymentGateway;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments for bookings: which shops hold a card when booking, the payment page, and what
 * cancellations and completed jobs do to the money, through the outbox.
 */
@Component
@Transactional
class BookingPayments implements BookingCheckout {

  private final PaymentFlows flows;
  private final JobNotices jobs;
  private final PaymentGateway gateway;
  private final BookingNotices moves;

  BookingPayments(
      BookingNotices moves, PaymentFlows flows, JobNotices jobs, PaymentGateway gateway) {
    this.moves = moves;
    this.flows = flows;
    this.jobs = jobs;
    this.gateway = gateway;
  }

  @Override
  public Option optionFor(UUID shopId) {
    if (!gateway.online()) {
      return Option.AT_SHOP;
    }
    var shop = flows.settingsOf(shopId);
    if (shop.getAccountStatus() != PayoutAccountStatus.ENABLED) {
      return Option.AT_SHOP;
    }
    return switch (shop.getMode()) {
      case OFF -> Option.AT_SHOP;
      case OPTIONAL -> Option.ONLINE_OR_AT_SHOP;
      case REQUIRED -> Option.ONLINE;
    };
  }

  @Override
  public String open(UUID bookingId) {
    return flows.openCheckout(bookingId);
  }

  @Override
  public void abandon(UUID bookingId) {
    flows.liveOf(PaymentSubject.booking(bookingId)).ifPresent(flows::abandon);
  }

  @Override
  public void refresh(UUID bookingId) {
    flows
        .liveOf(PaymentSubject.booking(bookingId))
        .filter(p -> p.getStatus() == PaymentStatus.PENDING && p.getCheckoutSessionId() != null)
        .ifPresent(p -> flows.settle(p, gateway.checkout(p.getCheckoutSessionId())));
  }

  /** A moved booking takes its payment along. */
  @ApplicationModuleListener
  void on(BookingConfirmed confirmed) {
    if (confirmed.rescheduledFrom() != null) {
      flows.bookingMoved(confirmed.bookingId(), moves.movedFrom(confirmed.bookingId()));
    }
  }

  /** Renews card holds before they lapse, ten at a time, every hour. */
  @Scheduled(
      fixedDelayString = "${otopair.payments.renew-holds-interval:PT1H}",
      initialDelayString = "PT2M")
  @SchedulerLock(name = "renew-card-holds")
  void renewHolds() {
    if (!gateway.online()) {
      return;
    }
    while (flows.renewHolds() == 10) {
      // more to do
    }
  }

  @ApplicationModuleListener
  void on(BookingCancelled cancelled) {
    boolean late = moves.booking(cancelled.bookingId()).cancelledLate();
    flows.bookingCancelled(cancelled.bookingId(), cancelled.by(), late);
  }

  @ApplicationModuleListener
  void on(JobStatusChanged changed) {
    if (changed.to() == JobStatus.COMPLETED) {
      jobs.notice(changed.jobId()).ifPresent(notice -> flows.jobCompleted(notice.job()));
    }
  }

  @ApplicationModuleListener
  void on(RefundRequested requested) {
    flows.carryOut(requested.refundId());
  }
}

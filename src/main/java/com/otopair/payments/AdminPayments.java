package com.otopair.payments;

import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.Roles;
import com.otopair.base.Searches;
import com.otopair.booking.BookingChanges;
import com.otopair.booking.BookingSummary;
import com.otopair.payments.domain.Payment;
import com.otopair.payments.domain.PaymentRefund;
import com.otopair.payments.domain.PaymentRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Every shop's payments, for admins: the search, refunds and forced cancellations, audited. */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class AdminPayments {

  private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt");

  private final PaymentRepository payments;
  private final PaymentRecords records;
  private final Refunds refunds;
  private final BookingChanges bookings;
  private final PaymentViews views;
  private final Clock clock;

  AdminPayments(
      PaymentRepository payments,
      PaymentRecords records,
      Refunds refunds,
      BookingChanges bookings,
      PaymentViews views,
      Clock clock) {
    this.clock = clock;
    this.payments = payments;
    this.records = records;
    this.refunds = refunds;
    this.bookings = bookings;
    this.views = views;
  }

  /**
   * One page of every shop's payments, optionally of one shop or in one state; newest first unless
   * sorted otherwise, ties by id, so walking the pages shows each payment once.
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public List<PaymentView> search(
      @Nullable UUID shopId, @Nullable PaymentStatus status, Pageable page) {
    return views.of(payments.search(shopId, status, Searches.stable(page, NEWEST_FIRST)));
  }

  /**
   * One page of the payments that failed in the last {@code within} (as the admin's dashboard
   * counts them: {@link PaymentTrends#failuresWithin}), optionally in one state, newest first.
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public List<PaymentView> failedWithin(
      Duration within, @Nullable PaymentStatus status, Pageable page) {
    var unsorted = PageRequest.of(page.getPageNumber(), page.getPageSize());
    return views.of(
        payments.failedSince(
            clock.instant().minus(within),
            PaymentTrends.FAILURES,
            status == null ? null : status.name(),
            unsorted));
  }

  /** How many payments {@link #failedWithin} lists over all its pages. */
  @Transactional(readOnly = true)
  public long countFailedWithin(Duration within, @Nullable PaymentStatus status) {
    return payments.countFailedSince(
        clock.instant().minus(within),
        PaymentTrends.FAILURES,
        status == null ? null : status.name());
  }

  /**
   * One payment, read in one snapshot: its amounts and its refunds as they stood together (a refund
   * carried out meanwhile shows done with the amount it gave back, or not at all).
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public PaymentView payment(UUID paymentId) {
    return views.of(records.found(paymentId));
  }

  /**
   * Refunds any amount up to what was paid and not yet refunded, with a reason; audited. The
   * gateway call goes through the outbox: the refund shows as on its way until it is done.
   */
  public PaymentView refund(UUID paymentId, Money amount, String reason) {
    Payment payment = records.found(paymentId);
    String why = reason.strip();
    if (why.isEmpty()) {
      throw new InvalidRequestException("reason", "payments.refund.reason.required");
    }
    if (why.length() > 500) {
      throw new InvalidRequestException("reason", "payments.refund.reason.too-long");
    }
    if (!amount.currency().equals(payment.getCurrency())) {
      throw new InvalidRequestException(
          "amount", "payments.refund.currency", payment.getCurrency());
    }
    if (payment.getStatus() != PaymentStatus.CAPTURED) {
      throw new ConflictException(
          payment.getStatus() == PaymentStatus.AUTHORIZED
              ? "payments.refund.not-charged"
              : "payments.refund.not-paid");
    }
    refunds.request(
        payment, amount.minor(), PaymentRefund.Kind.ADMIN, why, CurrentUser.require().id());
    records.audit(
        "PAYMENT_REFUNDED",
        "payment " + paymentId,
        "payments.audit.refunded",
        Formats.of(I18n.ENGLISH).money(amount),
        why);
    return views.of(payment);
  }

  /**
   * Cancels a booking for the customer with a reason and gives back all they paid (or releases
   * their card); audited.
   */
  public BookingSummary forceCancel(UUID bookingId, String reason) {
    BookingSummary cancelled = bookings.forceCancel(bookingId, reason);
    records.audit(
        "BOOKING_FORCE_CANCELLED",
        "booking " + bookingId,
        "payments.audit.booking-force-cancelled",
        cancelled.serviceName(),
        cancelled.shopName(),
        reason.strip());
    return cancelled;
  }
}

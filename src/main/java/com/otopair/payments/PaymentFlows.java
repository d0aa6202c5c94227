package com.otopair.payments;

import com.otopair.base.ConflictException;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.PublicLinks;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.BookingNotices;
import com.otopair.booking.BookingSummary;
import com.otopair.jobs.JobDetails;
import com.otopair.payments.domain.Payment;
import com.otopair.payments.domain.PaymentRefund;
import com.otopair.payments.domain.PaymentRefundRepository;
import com.otopair.payments.domain.PaymentRepository;
import com.otopair.payments.domain.ShopPaymentSettings;
import com.otopair.payments.domain.ShopPaymentSettingsRepository;
import com.otopair.payments.gateway.PaymentFailedException;
import com.otopair.payments.gateway.PaymentGateway;
import com.otopair.payments.gateway.PaymentGateway.CheckoutState;
import com.otopair.payments.gateway.PaymentGateway.CheckoutStatus;
import com.otopair.payments.gateway.StripeSettings;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to payments without anyone clicking: a checkout completes or expires, a booking is
 * cancelled, a job is completed, a refund is carried out. Each runs in the transaction of the
 * outbox listener (or the user action) that calls it, and every gateway call carries a key made
 * from our own ids, so a retry after a crash repeats nothing.
 *
 * <p>Each moves the money once, however often it runs: under the payment's lock, it acts only on a
 * state it moves forward (AUTHORIZED to CAPTURED, a refund requested to done), or records the
 * business fact it handles ({@link PaymentRepository#recordFact}: this cancellation, this
 * completion) in the transaction that decides the amounts, so a re-run finds the fact and does
 * nothing.
 */
@Component
@Transactional
class PaymentFlows {

  private final PaymentRepository payments;
  private final PaymentRefundRepository refunds;
  private final ShopPaymentSettingsRepository settings;
  private final PaymentGateway gateway;
  private final StripeSettings stripe;
  private final BookingHolds bookings;
  private final BookingNotices bookingNotices;
  private final Invoices invoices;
  private final PublicLinks links;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final EntityManager entities;

  PaymentFlows(
      PaymentRepository payments,
      PaymentRefundRepository refunds,
      ShopPaymentSettingsRepository settings,
      PaymentGateway gateway,
      StripeSettings stripe,
      BookingHolds bookings,
      BookingNotices bookingNotices,
      Invoices invoices,
      PublicLinks links,
      Clock clock,
      ApplicationEventPublisher events,
      EntityManager entities) {
    this.entities = entities;
    this.payments = payments;
    this.refunds = refunds;
    this.settings = settings;
    this.gateway = gateway;
    this.stripe = stripe;
    this.bookings = bookings;
    this.bookingNotices = bookingNotices;
    this.invoices = invoices;
    this.links = links;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Re-reads the payment under a row lock, so that a webhook and an outbox listener acting on the
   * same payment at once take turns instead of one undoing the other.
   */
  Payment lock(Payment payment) {
    entities.refresh(payment, LockModeType.PESSIMISTIC_WRITE);
    return payment;
  }

  ShopPaymentSettings settingsOf(UUID shopId) {
    return settings
        .findById(shopId)
        .orElseGet(() -> new ShopPaymentSettings(shopId, clock.instant()));
  }

  /** The payment of a booking or job that still counts: not expired, not released unused. */
  Optional<Payment> liveOf(PaymentSubject subject) {
    return payments
        .findBySubjectKindAndSubjectIdOrderByCreatedAtDesc(subject.kind(), subject.id())
        .stream()
        .filter(
            p -> p.getStatus() != PaymentStatus.EXPIRED && p.getStatus() != PaymentStatus.CANCELLED)
        .findFirst();
  }

  /** The newest payment of a booking or job, whatever its state. */
  Optional<Payment> latestOf(PaymentSubject subject) {
    return payments
        .findBySubjectKindAndSubjectIdOrderByCreatedAtDesc(subject.kind(), subject.id())
        .stream()
        .findFirst();
  }

  // --- checkout

  /**
   * Opens the payment page for a held booking: a PENDING payment and a Stripe Checkout Session that
   * authorizes the booking's price to the shop's connected account, less the commission.
   */
  String openCheckout(UUID bookingId) {
    BookingSummary booking = bookingNotices.booking(bookingId);
    PaymentSubject subject = PaymentSubject.booking(bookingId);
    Optional<Payment> open = liveOf(subject);
    if (open.isPresent()
        && open.get().getStatus() == PaymentStatus.PENDING
        && open.get().getCheckoutUrl() != null) {
      return open.get().getCheckoutUrl();
    }
    if (open.isPresent()) {
      throw new ConflictException("This booking is already paid");
    }
    ShopPaymentSettings shop = settingsOf(booking.shopId());
    String account =
        shop.getAccountStatus() == PayoutAccountStatus.ENABLED ? shop.getAccountId() : null;
    long fee = account == null ? 0 : commission(booking.price().minor());
    String description = booking.serviceName() + " at " + booking.shopName();
    Instant now = clock.instant();
    Payment payment =
        payments.saveAndFlush(
            new Payment(
                booking.shopId(),
                booking.customerId(),
                subject,
                description,
                Payment.Gateway.STRIPE,
                booking.price(),
                now));
    String email =
        bookingNotices.notice(bookingId).map(BookingNotices.Notice::customerEmail).orElse("");
    var checkout =
        gateway.openCheckout(
            new PaymentGateway.CheckoutRequest(
                payment.getId(),
                booking.price(),
                description,
                email,
                links.to("bookings/" + bookingId) + "?checkout={CHECKOUT_SESSION_ID}",
                links.to("book/" + booking.shopSlug() + "/hold")
                    + "?hold="
                    + bookingId
                    + "&payment=cancelled",
                // Stripe's shortest: 30 minutes from when it receives the request.
                clock.instant().plus(CHECKOUT_OPEN),
                account,
                fee));
    payment.openedCheckout(checkout.sessionId(), checkout.url(), account, fee);
    changed(payment);
    return checkout.url();
  }

  /** How long the payment page stays open; the slot is held a little longer. */
  static final Duration CHECKOUT_OPEN = Duration.ofMinutes(35);

  /**
   * Card networks let an uncaptured hold lapse after 7 days: a hold this old is renewed on the
   * saved card.
   */
  static final Duration RENEW_HOLDS_AFTER = Duration.ofDays(6);

  /** The platform's commission on {@code minor}, rounded to the cent. */
  long commission(long minor) {
    return BigDecimal.valueOf(minor)
        .multiply(stripe.applicationFeePercent())
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /**
   * Applies what the gateway says of a checkout: complete authorizes the payment and confirms the
   * booking (or, if its hold is gone, releases the card); expired releases the hold.
   */
  void settle(Payment payment, CheckoutState state) {
    lock(payment);
    Instant now = clock.instant();
    if (state.status() == CheckoutStatus.EXPIRED) {
      if (payment.moveTo(PaymentStatus.EXPIRED, now)) {
        releaseHold(payment);
        changed(payment);
      }
      return;
    }
    if (state.status() != CheckoutStatus.COMPLETE || state.paymentIntentId() == null) {
      return;
    }
    if (!payment.moveTo(PaymentStatus.AUTHORIZED, now)) {
      // Already past this point (a repeated or late event): nothing to undo.
      payment.card(state.cardBrand(), state.cardLast4());
      return;
    }
    payment.authorized(
        state.paymentIntentId(), state.amountMinor(), state.cardBrand(), state.cardLast4(), now);
    changed(payment);
    if (payment.subject().kind() == PaymentSubject.Kind.BOOKING
        && !bookings.confirmPaid(payment.getSubjectId())) {
      // Paid after the slot was given up: nothing is charged.
      gateway.release(state.paymentIntentId(), "release-" + payment.getId());
      payment.moveTo(PaymentStatus.CANCELLED, now);
      payment.released(now);
      payment.failed("The slot was released before the payment arrived; nothing was charged", now);
      changed(payment);
    }
  }

  void checkoutExpired(Payment payment) {
    lock(payment);
    if (payment.moveTo(PaymentStatus.EXPIRED, clock.instant())) {
      releaseHold(payment);
      changed(payment);
    }
  }

  /** The customer came back from the payment page without paying: the page closes. */
  void abandon(Payment payment) {
    lock(payment);
    if (payment.getStatus() != PaymentStatus.PENDING || payment.getCheckoutSessionId() == null) {
      return;
    }
    gateway.expireCheckout(payment.getCheckoutSessionId(), "expire-" + payment.getId());
    CheckoutState state = gateway.checkout(payment.getCheckoutSessionId());
    if (state.status() == CheckoutStatus.COMPLETE && state.paymentIntentId() != null) {
      // Paid after all, in the last moment: the card is held, so let it go.
      payment.moveTo(PaymentStatus.AUTHORIZED, clock.instant());
      payment.authorized(
          state.paymentIntentId(),
          state.amountMinor(),
          state.cardBrand(),
          state.cardLast4(),
          clock.instant());
      gateway.release(state.paymentIntentId(), "release-" + payment.getId());
      payment.moveTo(PaymentStatus.CANCELLED, clock.instant());
      payment.released(clock.instant());
      payment.failed("The hold on your card was released; nothing was charged", clock.instant());
    } else {
      payment.moveTo(PaymentStatus.EXPIRED, clock.instant());
    }
    changed(payment);
  }

  /**
   * Stripe took the money of a payment Otopair still saw on the payment page (captured outside
   * Otopair, or its checkout event is late): the payment is captured, and money taken always ends
   * as a confirmed booking or, if the slot is gone, a refund of all of it.
   */
  void intentSucceeded(Payment payment, String intentId, long received) {
    lock(payment);
    Instant now = clock.instant();
    if (payment.getStatus() != PaymentStatus.PENDING
        || !payment.moveTo(PaymentStatus.CAPTURED, now)) {
      return;
    }
    payment.authorized(intentId, payment.getAmountMinor(), null, null, now);
    payment.captured(Math.min(received, payment.getAmountMinor()), now);
    changed(payment);
    if (payment.subject().kind() == PaymentSubject.Kind.BOOKING
        && !bookings.confirmPaid(payment.getSubjectId())) {
      payments.flush();
      requestRefund(
          payment,
          payment.paidMinor(),
          PaymentRefund.Kind.POLICY,
          "The slot was released before the payment arrived: refunded in full",
          null);
      return;
    }
    invoices.issue(payment);
    events.publishEvent(
        new PaymentCaptured(payment.getId(), payment.getShopId(), payment.getCustomerId()));
  }

  /**
   * The card hold ended at Stripe without a charge. A payment still on the payment page will never
   * be paid, so its slot is let go at once; a booking whose hold lapsed later is paid at the shop.
   */
  void intentCanceled(Payment payment) {
    lock(payment);
    Instant now = clock.instant();
    boolean unpaid = payment.getStatus() == PaymentStatus.PENDING;
    if (!payment.moveTo(PaymentStatus.CANCELLED, now)) {
      return;
    }
    payment.released(now);
    if (unpaid) {
      payment.failed("The payment didn't go through; nothing was charged", now);
      releaseHold(payment);
    } else {
      payment.failed("The hold on your card ended without a charge; pay at the shop instead", now);
    }
    changed(payment);
  }

  private void releaseHold(Payment payment) {
    if (payment.subject().kind() == PaymentSubject.Kind.BOOKING) {
      bookings.releaseUnpaid(payment.getSubjectId());
    }
  }

  // --- cancellation

  /**
   * A booking was cancelled: the customer, outside the shop's window, gets everything back; inside
   * it, the shop's late-cancellation share; the shop or an admin cancelling gives everything back.
   */
  void bookingCancelled(UUID bookingId, String by, boolean late) {
    Optional<Payment> found = liveOf(PaymentSubject.booking(bookingId));
    if (found.isEmpty()) {
      return;
    }
    Payment payment = lock(found.get());
    if (payments.recordFact("booking-cancelled:" + bookingId, clock.instant()) == 0) {
      // This cancellation was handled already: what it did to the money stands.
      return;
    }
    int percent = 100;
    if (by.equals("CUSTOMER") && late) {
      percent = settingsOf(payment.getShopId()).getLateRefundPercent();
    }
    PaymentRefund.Kind kind =
        by.equals("ADMIN") ? PaymentRefund.Kind.FORCE_CANCEL : PaymentRefund.Kind.POLICY;
    String who =
        switch (by) {
          case "CUSTOMER" ->
              late ? "Cancelled inside the shop's cancellation window" : "Cancelled in time";
          case "ADMIN" -> "Cancelled by Otopair support";
          default -> "Cancelled by the shop";
        };
    Instant now = clock.instant();
    switch (payment.getStatus()) {
      case PENDING -> abandon(payment);
      case DUE -> {
        payment.moveTo(PaymentStatus.CANCELLED, now);
        changed(payment);
      }
      case AUTHORIZED -> {
        long keep = payment.getAmountMinor() - share(payment.getAmountMinor(), percent);
        String intent = Objects.requireNonNull(payment.getPaymentIntentId());
        if (keep == 0) {
          gateway.release(intent, "release-" + payment.getId());
          payment.moveTo(PaymentStatus.CANCELLED, now);
          payment.released(now);
          payment.failed(who + ": the hold on your card was released; nothing was charged", now);
        } else {
          var charge =
              gateway.capture(
                  intent,
                  keep,
                  payment.getAccountId() == null ? null : commission(keep),
                  "capture-" + payment.getId() + "-" + keep);
          payment.captured(keep, now);
          payment.card(charge.cardBrand(), charge.cardLast4());
          payment.moveTo(PaymentStatus.CAPTURED, now);
          payment.failed(
              who
                  + ": the shop kept "
                  + payment.money(keep).format()
                  + " ("
                  + (100 - percent)
                  + "%) and the rest of the hold on your card was released",
              now);
          invoices.issue(payment);
          events.publishEvent(
              new PaymentCaptured(payment.getId(), payment.getShopId(), payment.getCustomerId()));
        }
        changed(payment);
      }
      case CAPTURED -> {
        long amount = share(refundable(payment), percent);
        if (amount > 0) {
          requestRefund(
              payment,
              amount,
              kind,
              who + (percent == 100 ? ": refunded in full" : ": " + percent + "% refunded"),
              null);
        }
      }
      default -> {}
    }
  }

  private static long share(long minor, int percent) {
    return BigDecimal.valueOf(minor)
        .multiply(BigDecimal.valueOf(percent))
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  // --- refunds

  /** What may still be refunded: paid, less what refunds took or are taking. */
  long refundable(Payment payment) {
    return payment.paidMinor()
        - refunds.fromFirstOf(payment.getId())
        - refunds.fromExtraOf(payment.getId());
  }

  /**
   * Records a refund (carried out through the outbox), split between the booking's charge and the
   * one for work above it when it is asked for, so that a retry always asks the gateway for the
   * same amounts under the same keys.
   */
  PaymentRefund requestRefund(
      Payment payment,
      long amount,
      PaymentRefund.Kind kind,
      String reason,
      @Nullable UUID requestedBy) {
    lock(payment);
    long firstLeft = payment.getCapturedMinor() - refunds.fromFirstOf(payment.getId());
    long extraLeft = payment.getExtraMinor() - refunds.fromExtraOf(payment.getId());
    if (amount <= 0 || amount > firstLeft + extraLeft) {
      throw new InvalidRequestException(
          "amount", "Refund at most " + payment.money(Math.max(0, firstLeft + extraLeft)).format());
    }
    long fromFirst = Math.min(amount, firstLeft);
    PaymentRefund refund =
        refunds.save(
            new PaymentRefund(
                payment.getId(),
                fromFirst,
                amount - fromFirst,
                kind,
                reason,
                requestedBy,
                clock.instant()));
    events.publishEvent(new RefundRequested(refund.getId(), payment.getId()));
    changed(payment);
    return refund;
  }

  /**
   * Carries out a requested refund at the gateway, one refund per charge it comes from, keyed by
   * the refund's id; money from the shop's connected account comes back out of it.
   */
  void carryOut(UUID refundId) {
    PaymentRefund refund = refunds.findById(refundId).orElse(null);
    if (refund == null || refund.isDone()) {
      return;
    }
    Payment payment = lock(payments.findById(refund.getPaymentId()).orElseThrow());
    // Another run may have carried it out while this one waited for the lock.
    entities.refresh(refund);
    if (refund.isDone()) {
      return;
    }
    Instant now = clock.instant();
    String gatewayId = null;
    if (payment.getGateway() == Payment.Gateway.STRIPE) {
      boolean connected = payment.getAccountId() != null;
      if (refund.getFromFirstMinor() > 0) {
        gatewayId =
            gateway.refund(
                Objects.requireNonNull(payment.getPaymentIntentId()),
                refund.getFromFirstMinor(),
                connected,
                "refund-" + refund.getId());
      }
      if (refund.getFromExtraMinor() > 0) {
        String extra =
            gateway.refund(
                Objects.requireNonNull(payment.getExtraIntentId()),
                refund.getFromExtraMinor(),
                connected,
                "refund-extra-" + refund.getId());
        gatewayId = gatewayId == null ? extra : gatewayId;
      }
    }
    refund.done(gatewayId, now);
    refunds.flush();
    payment.refundedUpTo(refunds.doneOf(payment.getId()), now);
    events.publishEvent(
        new RefundIssued(
            payment.getId(),
            refund.getId(),
            payment.getCustomerId(),
            payment.money(refund.getAmountMinor())));
    changed(payment);
  }

  // --- completion

  /**
   * A job is done: an authorized card is charged the final amount (up to what was authorized, the
   * rest charged separately); without one, the customer owes the amount at the shop.
   */
  void jobCompleted(JobDetails job) {
    var summary = job.job();
    Money due = finalAmount(job);
    PaymentSubject subject =
        summary.bookingId() != null
            ? PaymentSubject.booking(summary.bookingId())
            : PaymentSubject.job(summary.id());
    Instant now = clock.instant();
    if (payments.recordFact("job-completed:" + summary.id(), now) == 0) {
      // This completion was handled already (another run waits here until the first is done).
      return;
    }
    Optional<Payment> live = liveOf(subject);
    if (live.isEmpty()) {
      if (due.minor() == 0) {
        return;
      }
      Payment owed =
          payments.saveAndFlush(
              new Payment(
                  summary.shopId(),
                  summary.customerId(),
                  subject,
                  summary.reference() + ": " + summary.title(),
                  Payment.Gateway.OFFLINE,
                  due,
                  now));
      invoices.issue(owed);
      changed(owed);
      return;
    }
    Payment payment = lock(live.get());
    if (payment.getStatus() != PaymentStatus.AUTHORIZED) {
      return;
    }
    String intent = Objects.requireNonNull(payment.getPaymentIntentId());
    long first = Math.min(due.minor(), payment.getAmountMinor());
    var charge =
        gateway.capture(
            intent,
            first,
            payment.getAccountId() == null ? null : commission(first),
            "capture-" + payment.getId() + "-" + first);
    payment.captured(first, now);
    payment.card(charge.cardBrand(), charge.cardLast4());
    payment.moveTo(PaymentStatus.CAPTURED, now);
    long extra = due.minor() - first;
    if (extra > 0) {
      try {
        var more =
            gateway.chargeAgain(
                intent,
                extra,
                summary.reference() + ": approved work above the booking price",
                payment.getAccountId(),
                payment.getAccountId() == null ? 0 : commission(extra),
                "extra-" + payment.getId() + "-" + extra);
        payment.chargedExtra(more.paymentIntentId(), extra, now);
      } catch (PaymentFailedException e) {
        if (e.retryable()) {
          throw e;
        }
        payment.failed(
            payment.money(extra).format()
                + " above the booking price couldn't be charged ("
                + e.getMessage()
                + "); the shop collects it",
            now);
      }
    }
    invoices.issue(payment);
    events.publishEvent(
        new PaymentCaptured(payment.getId(), payment.getShopId(), payment.getCustomerId()));
    changed(payment);
  }

  /** What the customer owes for a job: its approved total, or the booking's price without one. */
  Money finalAmount(JobDetails job) {
    Money approved = job.totals().approvedTotal();
    if (approved.minor() > 0 || job.job().bookingId() == null) {
      return approved;
    }
    return bookingNotices.booking(job.job().bookingId()).price();
  }

  /** The shop was paid at the counter: the invoice becomes a receipt. */
  void paidAtShop(Payment payment) {
    lock(payment);
    Instant now = clock.instant();
    if (payment.moveTo(PaymentStatus.CAPTURED, now)) {
      payment.paidAtShop(payment.getAmountMinor(), now);
      invoices.issue(payment);
      events.publishEvent(
          new PaymentCaptured(payment.getId(), payment.getShopId(), payment.getCustomerId()));
      changed(payment);
    }
  }

  // --- moves and long holds

  /**
   * A booking moved to another time (a new booking): its payment follows, from wherever it is along
   * the chain of moves, whatever order the moves' events arrive in.
   */
  void bookingMoved(UUID bookingId, List<UUID> movedFrom) {
    if (liveOf(PaymentSubject.booking(bookingId)).isPresent()) {
      return;
    }
    for (UUID earlier : movedFrom) {
      Optional<Payment> found = liveOf(PaymentSubject.booking(earlier));
      if (found.isPresent()) {
        Payment payment = lock(found.get());
        if (payment.getSubjectId().equals(bookingId)) {
          // Another run moved it while this one waited for the lock.
          return;
        }
        payment.movedTo(bookingId, clock.instant());
        changed(payment);
        return;
      }
    }
  }

  /**
   * Renews card holds about to lapse (card networks drop an uncaptured hold after 7 days): a new
   * hold of the same amount on the saved card, then the old one released. A card that refuses
   * leaves the payment released and the customer paying at the shop, as the payment card says.
   */
  int renewHolds() {
    Instant before = clock.instant().minus(RENEW_HOLDS_AFTER);
    int renewed = 0;
    for (Payment found : payments.holdsAuthorizedBefore(before, PageRequestOfTen.FIRST)) {
      Payment payment = lock(found);
      if (payment.getStatus() != PaymentStatus.AUTHORIZED
          || payment.getAuthorizedAt() == null
          || !payment.getAuthorizedAt().isBefore(before)) {
        continue;
      }
      String old = Objects.requireNonNull(payment.getPaymentIntentId());
      Instant now = clock.instant();
      try {
        var hold =
            gateway.reauthorize(
                old,
                payment.getAmountMinor(),
                payment.getDescription(),
                payment.getAccountId(),
                payment.getAccountId() == null ? 0 : commission(payment.getAmountMinor()),
                "renew-" + old);
        payment.holdRenewed(hold.paymentIntentId(), now);
      } catch (PaymentFailedException e) {
        if (e.retryable()) {
          throw e;
        }
        payment.moveTo(PaymentStatus.CANCELLED, now);
        payment.released(now);
        payment.failed(
            "Your bank refused to keep holding the amount ("
                + e.getMessage()
                + "); pay at the shop instead",
            now);
      }
      try {
        gateway.release(old, "release-" + old);
      } catch (PaymentFailedException e) {
        if (e.retryable()) {
          throw e;
        }
        // Already gone at the gateway: nothing left to release.
      }
      changed(payment);
      renewed++;
    }
    return renewed;
  }

  /** The first page of ten. */
  private static final class PageRequestOfTen {
    static final Pageable FIRST = PageRequest.of(0, 10);
  }

  void changed(Payment payment) {
    events.publishEvent(
        new PaymentChanged(payment.getId(), payment.getSubjectId(), payment.getShopId()));
  }
}

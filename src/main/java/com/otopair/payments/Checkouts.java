package com.otopair.payments;

import com.otopair.base.ConflictException;
import com.otopair.base.Money;
import com.otopair.base.PublicLinks;
import com.otopair.booking.BookingCheckout;
import com.otopair.booking.BookingNotices;
import com.otopair.booking.BookingSummary;
import com.otopair.payments.domain.Payment;
import com.otopair.payments.domain.PaymentRepository;
import com.otopair.payments.domain.ShopPaymentSettings;
import com.otopair.payments.gateway.PaymentGateway;
import com.otopair.payments.gateway.PaymentGateway.CheckoutState;
import com.otopair.payments.gateway.PaymentGateway.CheckoutStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment page of a booking or a live session: which shops hold a card when booking, the Stripe
 * Checkout Session that holds it, and what its completion, expiry or abandonment does to the
 * payment and what it pays for. Every gateway call carries a key made from our own ids, so a retry
 * repeats nothing.
 */
@Component
@Transactional
class Checkouts implements BookingCheckout {

  /** How long the payment page stays open; the slot is held a little longer. */
  static final Duration CHECKOUT_OPEN = Duration.ofMinutes(35);

  private final PaymentRecords records;
  private final PaymentRepository payments;
  private final PaymentGateway gateway;
  private final PaidSubjects subjects;
  private final BookingNotices bookingNotices;
  private final PublicLinks links;
  private final Clock clock;

  Checkouts(
      PaymentRecords records,
      PaymentRepository payments,
      PaymentGateway gateway,
      PaidSubjects subjects,
      BookingNotices bookingNotices,
      PublicLinks links,
      Clock clock) {
    this.records = records;
    this.payments = payments;
    this.gateway = gateway;
    this.subjects = subjects;
    this.bookingNotices = bookingNotices;
    this.links = links;
    this.clock = clock;
  }

  @Override
  public Option optionFor(UUID shopId) {
    if (!gateway.online()) {
      return Option.AT_SHOP;
    }
    var shop = records.settingsOf(shopId);
    if (shop.getAccountStatus() != PayoutAccountStatus.ENABLED) {
      return Option.AT_SHOP;
    }
    return switch (shop.getMode()) {
      case OFF -> Option.AT_SHOP;
      case OPTIONAL -> Option.ONLINE_OR_AT_SHOP;
      case REQUIRED -> Option.ONLINE;
    };
  }

  /**
   * Opens the payment page for a held booking: a PENDING payment and a Stripe Checkout Session that
   * authorizes the booking's price to the shop's connected account, less the commission.
   */
  @Override
  public String open(UUID bookingId) {
    BookingSummary booking = bookingNotices.booking(bookingId);
    PaymentSubject subject = PaymentSubject.booking(bookingId);
    Optional<Payment> open = records.liveOf(subject);
    if (open.isPresent()
        && open.get().getStatus() == PaymentStatus.PENDING
        && open.get().getCheckoutUrl() != null) {
      return open.get().getCheckoutUrl();
    }
    if (open.isPresent()) {
      throw new ConflictException("payments.checkout.already-paid");
    }
    String email =
        bookingNotices.notice(bookingId).map(BookingNotices.Notice::customerEmail).orElse("");
    return open(
        new Page(
            subject,
            booking.shopId(),
            booking.customerId(),
            email,
            StoredText.of(
                "payments.checkout.description", booking.serviceName(), booking.shopName()),
            booking.price(),
            links.to("bookings/" + bookingId) + "?checkout={CHECKOUT_SESSION_ID}",
            links.to("book/" + booking.shopSlug() + "/hold")
                + "?hold="
                + bookingId
                + "&payment=cancelled"));
  }

  /** What a payment page is for, who pays what on it, and where it sends the customer back to. */
  record Page(
      PaymentSubject subject,
      UUID shopId,
      UUID customerId,
      String customerEmail,
      String description,
      Money price,
      String successUrl,
      String cancelUrl) {}

  /**
   * Opens a payment page: a PENDING payment and a Stripe Checkout Session that authorizes the price
   * to the shop's connected account, less the commission (or to the platform without one).
   */
  String open(Page page) {
    ShopPaymentSettings shop = records.settingsOf(page.shopId());
    String account =
        shop.getAccountStatus() == PayoutAccountStatus.ENABLED ? shop.getAccountId() : null;
    long fee = account == null ? 0 : records.commission(page.price().minor());
    Payment payment =
        payments.saveAndFlush(
            new Payment(
                page.shopId(),
                page.customerId(),
                page.subject(),
                page.description(),
                Payment.Gateway.STRIPE,
                page.price(),
                clock.instant()));
    var checkout =
        gateway.openCheckout(
            new PaymentGateway.CheckoutRequest(
                payment.getId(),
                page.price(),
                records.descriptionForPayer(payment),
                page.customerEmail(),
                page.successUrl(),
                page.cancelUrl(),
                // Stripe's shortest: 30 minutes from when it receives the request.
                clock.instant().plus(CHECKOUT_OPEN),
                account,
                fee));
    payment.openedCheckout(checkout.sessionId(), checkout.url(), account, fee);
    records.changed(payment);
    return checkout.url();
  }

  @Override
  public void abandon(UUID bookingId) {
    records.liveOf(PaymentSubject.booking(bookingId)).ifPresent(this::abandon);
  }

  @Override
  public void refresh(UUID bookingId) {
    records
        .liveOf(PaymentSubject.booking(bookingId))
        .filter(p -> p.getStatus() == PaymentStatus.PENDING && p.getCheckoutSessionId() != null)
        .ifPresent(p -> settle(p, gateway.checkout(p.getCheckoutSessionId())));
  }

  /**
   * Applies what the gateway says of a checkout: complete authorizes the payment and confirms the
   * booking (or, if its hold is gone, releases the card); expired releases the hold.
   */
  void settle(Payment payment, CheckoutState state) {
    records.lock(payment);
    Instant now = clock.instant();
    if (state.status() == CheckoutStatus.EXPIRED) {
      if (payment.moveTo(PaymentStatus.EXPIRED, now)) {
        subjects.unpaid(payment);
        records.changed(payment);
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
    records.changed(payment);
    if (!subjects.paid(payment)) {
      // Paid after the slot (or the session) was given up: nothing is charged.
      gateway.release(state.paymentIntentId(), "release-" + payment.getId());
      payment.moveTo(PaymentStatus.CANCELLED, now);
      payment.released(now);
      payment.failed(StoredText.of("payments.failure.slot-released"), now);
      records.changed(payment);
    }
  }

  void checkoutExpired(Payment payment) {
    records.lock(payment);
    if (payment.moveTo(PaymentStatus.EXPIRED, clock.instant())) {
      subjects.unpaid(payment);
      records.changed(payment);
    }
  }

  /** The customer came back from the payment page without paying: the page closes. */
  void abandon(Payment payment) {
    records.lock(payment);
    if (payment.getStatus() != PaymentStatus.PENDING || payment.getCheckoutSessionId() == null) {
      return;
    }
    gateway.expireCheckout(payment.getCheckoutSessionId(), "expire-" + payment.getId());
    CheckoutState state = gateway.checkout(payment.getCheckoutSessionId());
    Instant now = clock.instant();
    if (state.status() == CheckoutStatus.COMPLETE && state.paymentIntentId() != null) {
      // Paid after all, in the last moment: the card is held, so let it go.
      payment.moveTo(PaymentStatus.AUTHORIZED, now);
      payment.authorized(
          state.paymentIntentId(), state.amountMinor(), state.cardBrand(), state.cardLast4(), now);
      gateway.release(state.paymentIntentId(), "release-" + payment.getId());
      payment.moveTo(PaymentStatus.CANCELLED, now);
      payment.released(now);
      payment.failed(StoredText.of("payments.failure.hold-released"), now);
    } else {
      payment.moveTo(PaymentStatus.EXPIRED, now);
    }
    records.changed(payment);
  }
}

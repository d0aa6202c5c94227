package com.otopair.payments;

import com.otopair.base.ConflictException;
import com.otopair.base.Money;
import com.otopair.base.PublicLinks;
import com.otopair.consult.SessionCheckout;
import com.otopair.consult.SessionPayments;
import com.otopair.payments.domain.Payment;
import com.otopair.payments.gateway.PaymentGateway;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How live sessions are paid: with Stripe keys, the session's price is authorized on Stripe's page
 * before the session enters its shop's queue (the money goes to the shop's connected account when
 * it has one, less the commission), and accepted extra time is charged on the same card; a mini
 * extension (a short follow-up) has its own small price; without them, sessions are free.
 */
@Component
@Transactional
class SessionCheckouts implements SessionPayments {

  private final PaymentRecords records;
  private final PaymentGateway gateway;
  private final Checkouts checkouts;
  private final PublicLinks links;
  private final SessionExtraTime extraTime;
  private final long miniExtensionMinor;

  SessionCheckouts(
      PaymentRecords records,
      PaymentGateway gateway,
      Checkouts checkouts,
      PublicLinks links,
      SessionExtraTime extraTime,
      @Value(
              "${otopair.payments.mini-extension-minor:"
                  + SessionPayments.DEFAULT_MINI_EXTENSION_MINOR
                  + "}")
          long miniExtensionMinor) {
    this.miniExtensionMinor = miniExtensionMinor;
    this.records = records;
    this.gateway = gateway;
    this.checkouts = checkouts;
    this.links = links;
    this.extraTime = extraTime;
  }

  @Override
  public boolean free() {
    return !gateway.online();
  }

  @Override
  public void chargeExtra(UUID sessionId, UUID offerId, Money price) {
    extraTime.charge(sessionId, offerId, price);
  }

  /**
   * A mini extension costs what {@code otopair.payments.mini-extension-minor} says (5.00 unless
   * set), in the service's currency, never more than the service itself.
   */
  @Override
  public Money miniExtensionPrice(Money servicePrice) {
    return new Money(Math.min(miniExtensionMinor, servicePrice.minor()), servicePrice.currency());
  }

  @Override
  public Optional<String> checkoutUrl(SessionCheckout session) {
    if (free()) {
      return Optional.empty();
    }
    PaymentSubject subject = PaymentSubject.session(session.sessionId());
    Optional<Payment> live = records.liveOf(subject);
    if (live.isPresent()) {
      if (live.get().getStatus() == PaymentStatus.PENDING && live.get().getCheckoutUrl() != null) {
        return Optional.of(live.get().getCheckoutUrl());
      }
      throw new ConflictException("payments.checkout.already-paid");
    }
    String page = links.to("sessions/" + session.sessionId());
    return Optional.of(
        checkouts.open(
            new Checkouts.Page(
                subject,
                session.shopId(),
                session.customerId(),
                session.customerEmail(),
                StoredText.of(
                    "payments.checkout.description", session.serviceName(), session.shopName()),
                session.price(),
                page,
                page + "?payment=cancelled")));
  }
}

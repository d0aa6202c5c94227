package com.otopair.payments;

import com.otopair.base.AccountLanguage;
import com.otopair.base.ClientAddress;
import com.otopair.base.CurrentUser;
import com.otopair.base.I18n;
import com.otopair.base.NotFoundException;
import com.otopair.base.SignedInUser;
import com.otopair.payments.domain.Payment;
import com.otopair.payments.domain.PaymentRepository;
import com.otopair.payments.domain.ShopPaymentSettings;
import com.otopair.payments.domain.ShopPaymentSettingsRepository;
import com.otopair.payments.gateway.StripeSettings;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every part of the module does with a payment: find it, lock it, read the shop's payment
 * settings and the platform's commission, and announce what happened (a change, a capture, an
 * audited action). Runs in the caller's transaction, with or without a signed-in user.
 */
@Component
@Transactional
class PaymentRecords {

  private final PaymentRepository payments;
  private final ShopPaymentSettingsRepository settings;
  private final StripeSettings stripe;
  private final Invoices invoices;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final EntityManager entities;
  private final AccountLanguage languages;

  PaymentRecords(
      PaymentRepository payments,
      ShopPaymentSettingsRepository settings,
      StripeSettings stripe,
      Invoices invoices,
      Clock clock,
      ApplicationEventPublisher events,
      EntityManager entities,
      AccountLanguage languages) {
    this.payments = payments;
    this.settings = settings;
    this.stripe = stripe;
    this.invoices = invoices;
    this.clock = clock;
    this.events = events;
    this.entities = entities;
    this.languages = languages;
  }

  /**
   * Re-reads the payment under a row lock, so that a webhook and an outbox listener acting on the
   * same payment at once take turns instead of one undoing the other.
   */
  Payment lock(Payment payment) {
    entities.refresh(payment, LockModeType.PESSIMISTIC_WRITE);
    return payment;
  }

  /** Re-reads any entity, so a run that waited for a lock sees what the one before it did. */
  void refresh(Object entity) {
    entities.refresh(entity);
  }

  Payment found(UUID paymentId) {
    return payments
        .findById(paymentId)
        .orElseThrow(() -> new NotFoundException("payments.payment.not-found"));
  }

  /** The shop's payment settings, or the defaults of a shop that never changed them. */
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

  /**
   * The language the payment's customer reads Otopair in: their account's, else the one of the
   * moment (the page they pay on).
   */
  Locale payerLanguage(Payment payment) {
    return languages.of(payment.getCustomerId()).orElseGet(I18n::current);
  }

  /**
   * The payment's description as its customer reads it: what Stripe shows on its payment page and
   * its receipts.
   */
  String descriptionForPayer(Payment payment) {
    return I18n.in(payerLanguage(payment), () -> StoredText.read(payment.getDescription()));
  }

  /** The platform's commission on {@code minor}, rounded to the cent. */
  long commission(long minor) {
    return BigDecimal.valueOf(minor)
        .multiply(stripe.applicationFeePercent())
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /** The commission in percent, as the shop reads it: 10 for 10%. */
  BigDecimal commissionPercent() {
    return stripe.applicationFeePercent().stripTrailingZeros();
  }

  void changed(Payment payment) {
    events.publishEvent(
        new PaymentChanged(payment.getId(), payment.getSubjectId(), payment.getShopId()));
  }

  /** The payment gets its invoice number, once. */
  void invoice(Payment payment) {
    invoices.issue(payment);
  }

  /** Money was taken: the payment gets its invoice number (a receipt), and the customer hears. */
  void captured(Payment payment) {
    invoices.issue(payment);
    events.publishEvent(
        new PaymentCaptured(payment.getId(), payment.getShopId(), payment.getCustomerId()));
  }

  /**
   * Someone changed money or settings by hand: kept in the audit log, whose lines are in English
   * whoever made the change (amounts through {@code Formats.of(I18n.ENGLISH)}).
   */
  void audit(String action, String subject, String details) {
    events.publishEvent(
        new PaymentAudited(
            action,
            CurrentUser.get().map(SignedInUser::email).orElse(null),
            subject,
            details,
            ClientAddress.current(),
            clock.instant()));
  }
}

package com.otopair.payments;

import com.otopair.base.I18n;
import com.otopair.base.Money;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.payments.domain.PaymentRepository;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a receipt or refund email says, for the notifications module: the customer, the payment,
 * where to see it, and the PDF. Read without a signed-in user, in the reader's language ({@link
 * I18n#current()}): the mail sets its recipient's with {@link I18n#in}.
 */
@Component
@Transactional(readOnly = true)
public class Receipts {

  /** A payment's customer, the payment, the booking or job page, and its invoice or receipt. */
  public record Receipt(
      UserContact customer, PaymentView payment, String pagePath, InvoiceFile pdf) {}

  private final PaymentRepository payments;
  private final PaymentViews views;
  private final Invoices invoices;
  private final UserContacts contacts;

  Receipts(
      PaymentRepository payments, PaymentViews views, Invoices invoices, UserContacts contacts) {
    this.payments = payments;
    this.views = views;
    this.invoices = invoices;
    this.contacts = contacts;
  }

  /**
   * How a booking is paid, for its confirmation: "$80.00 CAD, held on Visa •••• 4242 and charged
   * when the work is done", or "$80.00 CAD, pay at the shop".
   */
  public String howPaid(UUID bookingId, Money price) {
    return payments
        .findBySubjectKindAndSubjectIdOrderByCreatedAtDesc(PaymentSubject.Kind.BOOKING, bookingId)
        .stream()
        .filter(p -> p.getStatus() == PaymentStatus.AUTHORIZED)
        .findFirst()
        .map(
            p ->
                I18n.t(
                    "payments.how-paid.held",
                    p.money(p.getAmountMinor()).format(),
                    Invoices.card(p.getCardBrand(), p.getCardLast4())))
        .orElse(I18n.t("payments.how-paid.at-shop", price.format()));
  }

  public Optional<Receipt> of(UUID paymentId) {
    return payments
        .findById(paymentId)
        .flatMap(
            payment ->
                contacts
                    .find(payment.getCustomerId())
                    .map(
                        customer -> {
                          String page =
                              switch (payment.subject().kind()) {
                                case BOOKING -> "bookings/" + payment.getSubjectId();
                                case SESSION -> "sessions/" + payment.getSubjectId();
                                case JOB, QUESTION -> "bookings";
                              };
                          return new Receipt(
                              customer,
                              views.of(payment),
                              page,
                              invoices.render(payment, I18n.current()));
                        }));
  }
}

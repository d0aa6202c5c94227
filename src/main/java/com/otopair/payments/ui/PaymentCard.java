package com.otopair.payments.ui;

import com.otopair.base.Formats;
import com.otopair.base.LiveUpdates;
import com.otopair.payments.PaymentChanged;
import com.otopair.payments.PaymentStatus;
import com.otopair.payments.PaymentView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.function.SerializableSupplier;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * A payment on the customer's booking page: one headline ("$85.00 CAD held on Visa •••• 4242"),
 * what went back and why, and the invoice or receipt. When a payment that was waiting goes through,
 * the whole page reloads, since the booking is now confirmed.
 */
class PaymentCard extends Div {

  private final Paragraph headline = new Paragraph();
  private final Paragraph note = new Paragraph();
  private final UnorderedList refunds = new UnorderedList();
  private final Anchor invoice = new Anchor();
  private final SerializableSupplier<Optional<PaymentView>> reload;
  private final ZoneId zone;
  private PaymentStatus shown;

  /** A payment of a booking at a shop in {@code zone}, where its dates are shown. */
  PaymentCard(
      LiveUpdates live,
      PaymentView payment,
      ZoneId zone,
      SerializableSupplier<Optional<PaymentView>> reload,
      String invoiceHref) {
    this.reload = reload;
    this.zone = zone;
    this.shown = payment.status();
    addClassName("otopair-card");
    setId("booking-payment");
    headline.setId("payment-headline");
    headline.addClassName("otopair-strong");
    note.addClassName("otopair-muted");
    invoice.setHref(invoiceHref);
    invoice.setId("payment-invoice");
    invoice.getElement().setAttribute("router-ignore", true);
    invoice.setTarget("_blank");
    add(new H2("Payment"), headline, note, refunds, invoice);
    show(payment);
    UUID paymentId = payment.id();
    live.subscribe(
        this,
        PaymentChanged.class,
        event -> {
          if (event.paymentId().equals(paymentId)) {
            reload
                .get()
                .ifPresent(
                    fresh -> {
                      if (shown == PaymentStatus.PENDING
                          && fresh.status() != PaymentStatus.PENDING) {
                        getUI().ifPresent(ui -> ui.getPage().reload());
                      }
                      show(fresh);
                    });
          }
        });
  }

  void show(PaymentView payment) {
    shown = payment.status();
    headline.setText(payment.headline());
    note.setText(
        switch (payment.status()) {
          case PENDING -> "We confirm your booking as soon as Stripe tells us the card is held.";
          case AUTHORIZED ->
              "If the final bill is higher, the difference is charged to the same card.";
          case DUE -> "Your invoice is ready; pay at the counter when you pick up your car.";
          default -> payment.failure() == null ? "" : payment.failure();
        });
    note.setVisible(!note.getText().isBlank());
    refunds.removeAll();
    payment.refunds().stream()
        .map(
            r ->
                new ListItem(
                    r.amount().format()
                        + (r.done()
                            ? " refunded on " + Formats.current().monthDay(r.completedAt(), zone)
                            : " on its way back")
                        + ": "
                        + r.reason()))
        .forEach(refunds::add);
    refunds.setVisible(!payment.refunds().isEmpty());
    invoice.setText(
        payment.status() == PaymentStatus.DUE
            ? "Invoice " + payment.invoiceNumber() + " (PDF)"
            : "Receipt " + payment.invoiceNumber() + " (PDF)");
    invoice.setVisible(payment.invoiceNumber() != null);
  }
}

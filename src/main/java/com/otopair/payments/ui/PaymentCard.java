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
    invoice.setHref(PaymentLabels.href(invoiceHref));
    invoice.setId("payment-invoice");
    invoice.getElement().setAttribute("router-ignore", true);
    invoice.setTarget("_blank");
    add(new H2(getTranslation("payments.customer.title")), headline, note, refunds, invoice);
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
          case PENDING -> getTranslation("payments.customer.note.pending");
          case AUTHORIZED -> getTranslation("payments.customer.note.authorized");
          case DUE -> getTranslation("payments.customer.note.due");
          default -> payment.failure() == null ? "" : payment.failure();
        });
    note.setVisible(!note.getText().isBlank());
    refunds.removeAll();
    payment.refunds().stream()
        .map(
            r ->
                new ListItem(
                    r.done()
                        ? getTranslation(
                            "payments.customer.refund.done",
                            r.amount().format(),
                            Formats.current().monthDay(r.completedAt(), zone),
                            r.reason())
                        : getTranslation(
                            "payments.customer.refund.pending", r.amount().format(), r.reason())))
        .forEach(refunds::add);
    refunds.setVisible(!payment.refunds().isEmpty());
    invoice.setText(
        getTranslation(
            payment.status() == PaymentStatus.DUE
                ? "payments.customer.invoice"
                : "payments.customer.receipt",
            payment.invoiceNumber()));
    invoice.setVisible(payment.invoiceNumber() != null);
  }
}

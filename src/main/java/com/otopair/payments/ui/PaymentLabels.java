package com.otopair.payments.ui;

import com.otopair.base.Formats;
import com.otopair.base.ui.Badge;
import com.otopair.base.ui.Badge.Tone;
import com.otopair.payments.PaymentStatus;
import com.otopair.payments.PaymentView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;

/** Payment statuses as badges, payment dates, and the link that downloads an invoice. */
final class PaymentLabels {

  private PaymentLabels() {}

  static String date(PaymentView payment, ZoneId zone) {
    return Formats.current().date(payment.createdAt(), zone);
  }

  static Badge badge(PaymentStatus status) {
    var badge =
        new Badge(
            status.label(),
            switch (status) {
              case CAPTURED -> Tone.SUCCESS;
              case DUE, PENDING -> Tone.WARNING;
              case AUTHORIZED -> Tone.NEUTRAL;
              case REFUNDED, CANCELLED, EXPIRED -> Tone.CONTRAST;
            });
    return status == PaymentStatus.AUTHORIZED ? badge.filled() : badge;
  }

  /**
   * The invoice number, downloading its PDF (a receipt once paid); served outside the router, so
   * the link leaves the single-page app.
   */
  static Component invoice(PaymentView payment) {
    if (payment.invoiceNumber() == null) {
      return new Span();
    }
    var link = new Anchor("invoices/" + payment.id(), payment.invoiceNumber());
    var icon = VaadinIcon.DOWNLOAD_ALT.create();
    icon.setSize("var(--lumo-icon-size-s)");
    link.addComponentAsFirst(icon);
    link.getElement().setAttribute("router-ignore", true);
    link.getElement().setAttribute("download", true);
    link.getElement()
        .setAttribute("aria-label", "Download invoice " + payment.invoiceNumber() + " (PDF)");
    return link;
  }

  /**
   * The columns both payment lists show: customer, what was paid for, status, amount, and what was
   * paid with what went back ("$80.00 CAD ($30.00 CAD back)") in one column.
   */
  static void moneyColumns(com.vaadin.flow.component.grid.Grid<PaymentView> grid) {
    grid.addColumn(PaymentView::customerName)
        .setHeader("Customer")
        .setKey("customer")
        .setAutoWidth(true);
    grid.addColumn(PaymentView::description)
        .setHeader("Description")
        .setKey("description")
        .setWidth("10em")
        .setFlexGrow(1);
    grid.addComponentColumn(p -> badge(p.status()))
        .setHeader("Status")
        .setKey("status")
        .setAutoWidth(true);
    grid.addColumn(p -> p.amount().format())
        .setHeader("Amount")
        .setKey("amount")
        .setAutoWidth(true);
    grid.addColumn(
            p ->
                p.paid().minor() == 0
                    ? ""
                    : p.paid().format()
                        + (p.refunded().minor() == 0
                            ? ""
                            : " (" + p.refunded().format() + " back)"))
        .setHeader("Paid")
        .setKey("paid")
        .setAutoWidth(true);
  }
}

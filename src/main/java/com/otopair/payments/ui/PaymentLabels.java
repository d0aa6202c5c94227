package com.otopair.payments.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.ui.Badge;
import com.otopair.base.ui.Badge.Tone;
import com.otopair.base.ui.GridColumns;
import com.otopair.payments.PaymentStatus;
import com.otopair.payments.PaymentView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.util.List;

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
    var link = new Anchor(href("invoices/" + payment.id()), payment.invoiceNumber());
    var icon = VaadinIcon.DOWNLOAD_ALT.create();
    icon.setSize("var(--lumo-icon-size-s)");
    link.addComponentAsFirst(icon);
    link.getElement().setAttribute("router-ignore", true);
    link.getElement().setAttribute("download", true);
    link.getElement()
        .setAttribute("aria-label", I18n.t("payments.invoice.download", payment.invoiceNumber()));
    return link;
  }

  /** The address of an invoice's PDF, worded in the page's language. */
  static String href(String path) {
    return path + (path.contains("?") ? "&" : "?") + "lang=" + I18n.tag(I18n.current());
  }

  /** What was paid, and what went back: "$80.00 CAD ($30.00 CAD back)"; empty when nothing. */
  private static String paid(PaymentView payment) {
    if (payment.paid().minor() == 0) {
      return "";
    }
    return payment.refunded().minor() == 0
        ? payment.paid().format()
        : I18n.t("payments.grid.paid-back", payment.paid().format(), payment.refunded().format());
  }

  /**
   * The columns both payment lists show: customer, what was paid for, status, amount, and what was
   * paid with what went back ("$80.00 CAD ($30.00 CAD back)") in one column.
   */
  /**
   * A payment as one card on a phone: who paid what, its state, and {@code context} (when, where).
   */
  static Div card(PaymentView payment, String context) {
    String paid =
        payment.paid().minor() == 0
            ? ""
            : payment.refunded().minor() == 0
                ? I18n.t("payments.row.paid", payment.paid().format())
                : I18n.t(
                    "payments.row.paid-back", payment.paid().format(), payment.refunded().format());
    return GridColumns.card(
        payment.customerName() + " · " + payment.amount().format(),
        List.of(payment.description(), context, paid),
        badge(payment.status()));
  }

  static void moneyColumns(Grid<PaymentView> grid) {
    grid.addColumn(PaymentView::customerName)
        .setHeader(I18n.t("payments.grid.customer"))
        .setKey("customer")
        .setAutoWidth(true);
    grid.addColumn(PaymentView::description)
        .setHeader(I18n.t("payments.grid.description"))
        .setKey("description")
        .setWidth("10rem")
        .setFlexGrow(1);
    grid.addComponentColumn(p -> badge(p.status()))
        .setHeader(I18n.t("payments.grid.status"))
        .setKey("status")
        .setAutoWidth(true);
    grid.addColumn(p -> p.amount().format())
        .setHeader(I18n.t("payments.grid.amount"))
        .setKey("amount")
        .setAutoWidth(true);
    grid.addColumn(PaymentLabels::paid)
        .setHeader(I18n.t("payments.grid.paid"))
        .setKey("paid")
        .setAutoWidth(true);
  }
}

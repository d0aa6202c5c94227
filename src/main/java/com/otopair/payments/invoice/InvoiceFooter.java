package com.otopair.payments.invoice;

import static com.otopair.payments.invoice.InvoiceCanvas.LEFT;
import static com.otopair.payments.invoice.InvoiceCanvas.MUTED;
import static com.otopair.payments.invoice.InvoiceCanvas.RIGHT;
import static com.otopair.payments.invoice.InvoiceCanvas.RULE;

import java.io.IOException;

/** The foot of every page: a rule, the shop's line and, on a longer document, "Page 2 of 3". */
final class InvoiceFooter {

  private final InvoiceDocument invoice;
  private final InvoiceCanvas page;

  InvoiceFooter(InvoiceDocument invoice, InvoiceCanvas page) {
    this.invoice = invoice;
    this.page = page;
  }

  /** Goes on last, once the number of pages is known. */
  void draw() throws IOException {
    page.onEveryPage(
        (number, count) -> {
          page.rule(52, RULE, 0.5f);
          var shop = page.t("payments.invoice.footer", invoice.shopName());
          page.text(shop, page.regular, 8.5f, LEFT, 40, MUTED);
          if (count > 1) {
            var of = page.t("payments.invoice.page", String.valueOf(number), String.valueOf(count));
            page.textRight(of, page.regular, 8.5f, RIGHT, 40, MUTED);
          }
        });
  }
}

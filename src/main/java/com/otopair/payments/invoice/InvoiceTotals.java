package com.otopair.payments.invoice;

import static com.otopair.payments.invoice.InvoiceCanvas.ACCENT;
import static com.otopair.payments.invoice.InvoiceCanvas.BOTTOM;
import static com.otopair.payments.invoice.InvoiceCanvas.INK;
import static com.otopair.payments.invoice.InvoiceCanvas.MUTED;
import static com.otopair.payments.invoice.InvoiceCanvas.RIGHT;
import static com.otopair.payments.invoice.InvoiceCanvas.SHADE;
import static com.otopair.payments.invoice.InvoiceLines.AMOUNT_RIGHT;
import static com.otopair.payments.invoice.InvoiceLines.CELL_PAD;

import com.otopair.base.Money;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The totals under the table, right-aligned: subtotal, tax, total, paid, refunded (when there is a
 * refund), then the balance due on a shade.
 */
final class InvoiceTotals {

  private static final float WIDTH = 260;
  private static final float LABEL_WIDTH = WIDTH - 120;
  private static final float BALANCE_HEIGHT = 26;

  private record Row(String label, Money amount, boolean strong) {}

  private final InvoiceDocument invoice;
  private final InvoiceCanvas page;

  InvoiceTotals(InvoiceDocument invoice, InvoiceCanvas page) {
    this.invoice = invoice;
    this.page = page;
  }

  /** The height of the totals and the balance due, with the space above them. */
  float height() throws IOException {
    float height = 10 + 4 + BALANCE_HEIGHT;
    for (var row : rows()) {
      height += height(row);
    }
    return height;
  }

  void draw() throws IOException {
    var rows = rows();

    float labelX = RIGHT - WIDTH + CELL_PAD;
    page.down(10);
    if (page.y() - height() + 10 < BOTTOM) {
      page.newPage();
    }
    for (var row : rows) {
      var font = row.strong() ? page.bold : page.regular;
      float size = row.strong() ? 11 : 10;
      var label = page.wrap(row.label(), font, size, LABEL_WIDTH);
      float height = height(row);
      if (page.y() - height < BOTTOM) {
        page.newPage();
      }
      if (row.strong()) {
        page.line(RIGHT - WIDTH, page.y(), RIGHT, page.y(), INK, 0.8f);
      }
      float baseline = page.y() - 12.5f;
      for (var part : label) {
        page.text(part, font, size, labelX, baseline, row.strong() ? INK : MUTED);
        baseline -= 13;
      }
      var amount = page.formats().money(row.amount());
      page.textRight(amount, font, size, AMOUNT_RIGHT, page.y() - 12.5f, INK);
      page.down(height);
    }

    page.down(4);
    if (page.y() - BALANCE_HEIGHT < BOTTOM) {
      page.newPage();
    }
    page.fill(RIGHT - WIDTH, page.y() - BALANCE_HEIGHT, WIDTH, BALANCE_HEIGHT, SHADE);
    float baseline = page.y() - 17.5f;
    page.text(page.t("payments.invoice.balance-due"), page.bold, 12, labelX, baseline, ACCENT);
    var balance = page.formats().money(invoice.balanceDue());
    page.textRight(balance, page.bold, 12, AMOUNT_RIGHT, baseline, ACCENT);
    page.down(BALANCE_HEIGHT + 24);
  }

  private List<Row> rows() {
    var rows = new ArrayList<Row>();
    rows.add(new Row(page.t("payments.invoice.subtotal"), invoice.subtotal(), false));
    rows.add(
        new Row(
            invoice.taxLabel().isBlank() ? page.t("payments.invoice.tax") : invoice.taxLabel(),
            invoice.tax(),
            false));
    rows.add(new Row(page.t("payments.invoice.total"), invoice.total(), true));
    rows.add(new Row(page.t("payments.invoice.paid"), invoice.paid(), false));
    if (invoice.refunded().minor() != 0) {
      rows.add(new Row(page.t("payments.invoice.refunded"), invoice.refunded(), false));
    }
    return rows;
  }

  private float height(Row row) throws IOException {
    var font = row.strong() ? page.bold : page.regular;
    float size = row.strong() ? 11 : 10;
    return Math.max(1, page.wrap(row.label(), font, size, LABEL_WIDTH).size()) * 13 + 5;
  }
}

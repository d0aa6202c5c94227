package com.otopair.payments.invoice;

import static com.otopair.payments.invoice.InvoiceCanvas.ACCENT;
import static com.otopair.payments.invoice.InvoiceCanvas.INK;
import static com.otopair.payments.invoice.InvoiceCanvas.LEFT;
import static com.otopair.payments.invoice.InvoiceCanvas.MUTED;
import static com.otopair.payments.invoice.InvoiceCanvas.RIGHT;
import static com.otopair.payments.invoice.InvoiceCanvas.RULE;
import static com.otopair.payments.invoice.InvoiceCanvas.TOP;
import static com.otopair.payments.invoice.InvoiceCanvas.WIDTH;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The top of the first page: the shop (logo, name, address, phone, email) beside the document's
 * kind, number and date; then who is billed beside the reference.
 */
final class InvoiceHeader {

  private static final float LOGO_MAX_HEIGHT = 48;
  private static final float LOGO_MAX_WIDTH = 180;

  private final InvoiceDocument invoice;
  private final InvoiceCanvas page;

  InvoiceHeader(InvoiceDocument invoice, InvoiceCanvas page) {
    this.invoice = invoice;
    this.page = page;
  }

  void draw() throws IOException {
    shop();
    parties();
  }

  private void shop() throws IOException {
    float leftWidth = WIDTH - 230;
    float left = TOP;
    var logo = page.image(invoice.shopLogo());
    if (logo != null) {
      float scale =
          Math.min(
              1, Math.min(LOGO_MAX_HEIGHT / logo.getHeight(), LOGO_MAX_WIDTH / logo.getWidth()));
      float w = logo.getWidth() * scale;
      float h = logo.getHeight() * scale;
      page.image(logo, LEFT, left - h, w, h);
      left -= h + 12;
    }
    for (var line : page.wrap(invoice.shopName(), page.bold, 15, leftWidth)) {
      left -= 16;
      page.text(line, page.bold, 15, LEFT, left, INK);
      left -= 3;
    }
    left -= 2;
    var details = new ArrayList<String>();
    details.addAll(invoice.shopAddress().lines().toList());
    details.add(invoice.shopPhone());
    details.add(invoice.shopEmail());
    for (var detail : details) {
      for (var line : page.wrap(detail, page.regular, 9.5f, leftWidth)) {
        left -= 12.5f;
        page.text(line, page.regular, 9.5f, LEFT, left, MUTED);
      }
    }

    float right = TOP - 22;
    page.textRight(invoice.kind().label(page.locale()), page.bold, 26, RIGHT, right, ACCENT);
    right -= 22;
    page.textRight(
        page.t("payments.invoice.number", invoice.number()), page.bold, 10.5f, RIGHT, right, INK);
    right -= 14;
    page.textRight(
        page.formats().longDate(invoice.issuedOn()), page.regular, 10, RIGHT, right, MUTED);

    page.y(Math.min(left, right) - 18);
    page.rule(page.y(), RULE, 0.8f);
    page.down(20);
  }

  private void parties() throws IOException {
    float column = WIDTH / 2 - 12;
    float referenceX = LEFT + WIDTH / 2 + 12;

    float left = page.y();
    page.text(page.t("payments.invoice.billed-to"), page.bold, 8, LEFT, left - 8, MUTED);
    left -= 10;
    for (var line : page.wrap(invoice.customerName(), page.bold, 11, column)) {
      left -= 14;
      page.text(line, page.bold, 11, LEFT, left, INK);
    }
    for (var detail : List.of(invoice.customerEmail(), invoice.vehicle())) {
      for (var line : page.wrap(detail, page.regular, 10, column)) {
        left -= 13;
        page.text(line, page.regular, 10, LEFT, left, INK);
      }
    }

    float right = page.y();
    if (!invoice.reference().isBlank()) {
      page.text(page.t("payments.invoice.reference"), page.bold, 8, referenceX, right - 8, MUTED);
      right -= 10;
      for (var line : page.wrap(invoice.reference(), page.regular, 10, column)) {
        right -= 13;
        page.text(line, page.regular, 10, referenceX, right, INK);
      }
    }
    page.y(Math.min(left, right) - 22);
  }
}

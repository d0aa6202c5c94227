package com.otopair.payments.invoice;

import static com.otopair.payments.invoice.InvoiceCanvas.BOTTOM;
import static com.otopair.payments.invoice.InvoiceCanvas.INK;
import static com.otopair.payments.invoice.InvoiceCanvas.LEFT;
import static com.otopair.payments.invoice.InvoiceCanvas.RIGHT;
import static com.otopair.payments.invoice.InvoiceCanvas.RULE;
import static com.otopair.payments.invoice.InvoiceCanvas.SHADE;
import static com.otopair.payments.invoice.InvoiceCanvas.TOP;
import static com.otopair.payments.invoice.InvoiceCanvas.WIDTH;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The table of lines: description, quantity, unit price and amount. A long table continues on
 * further pages with its header repeated, and its last row goes with the totals rather than leave
 * them alone on a page.
 */
final class InvoiceLines {

  /** The space between a cell's edge and its text. */
  static final float CELL_PAD = 6;

  /** The right edge of the amounts, which the totals below line up with. */
  static final float AMOUNT_RIGHT = RIGHT - CELL_PAD;

  private static final float QTY_WIDTH = 48;
  private static final float PRICE_WIDTH = 92;
  private static final float AMOUNT_WIDTH = 92;
  private static final float ROW_LINE = 13;
  private static final float PRICE_RIGHT = AMOUNT_RIGHT - AMOUNT_WIDTH;
  private static final float QTY_RIGHT = PRICE_RIGHT - PRICE_WIDTH;
  private static final float DESCRIPTION_WIDTH = QTY_RIGHT - QTY_WIDTH - LEFT - CELL_PAD;

  /** The height a row may take: a page below the "continued" line and the table's header. */
  private static final float FULL_PAGE = TOP - 24 - 20 - BOTTOM;

  private final InvoiceDocument invoice;
  private final InvoiceCanvas page;
  private final InvoiceTotals totals;

  InvoiceLines(InvoiceDocument invoice, InvoiceCanvas page, InvoiceTotals totals) {
    this.invoice = invoice;
    this.page = page;
    this.totals = totals;
  }

  void draw() throws IOException {
    header();
    var lines = invoice.lines();
    for (int i = 0; i < lines.size(); i++) {
      if (i == lines.size() - 1) {
        keepWithTotals(lines.get(i));
      }
      row(lines.get(i));
    }
  }

  /** Moves the last row to a new page when the totals would otherwise stand there alone. */
  private void keepWithTotals(InvoiceDocument.Line last) throws IOException {
    float row = description(last).size() * ROW_LINE;
    float needed = row + 2 * CELL_PAD + totals.height();
    if (page.y() - needed < BOTTOM && needed <= FULL_PAGE) {
      page.newPage();
      header();
    }
  }

  private void header() throws IOException {
    float height = 20;
    if (page.y() - height - ROW_LINE - 2 * CELL_PAD < BOTTOM) {
      page.newPage();
    }
    page.fill(LEFT, page.y() - height, WIDTH, height, SHADE);
    float baseline = page.y() - 13.5f;
    var bold = page.bold;
    page.text(page.t("payments.invoice.description"), bold, 9, LEFT + CELL_PAD, baseline, INK);
    page.textRight(page.t("payments.invoice.quantity"), bold, 9, QTY_RIGHT, baseline, INK);
    page.textRight(page.t("payments.invoice.unit-price"), bold, 9, PRICE_RIGHT, baseline, INK);
    page.textRight(page.t("payments.invoice.amount"), bold, 9, AMOUNT_RIGHT, baseline, INK);
    page.down(height);
  }

  private void row(InvoiceDocument.Line line) throws IOException {
    var description = description(line);
    if (description.isEmpty()) {
      description = List.of("");
    }
    float height = description.size() * ROW_LINE + 2 * CELL_PAD;
    if (page.y() - height < BOTTOM && height <= FULL_PAGE) {
      page.newPage();
      header();
    }
    page.down(CELL_PAD);
    var regular = page.regular;
    for (int i = 0; i < description.size(); i++) {
      if (page.y() - ROW_LINE < BOTTOM) {
        page.newPage();
        header();
        page.down(CELL_PAD);
      }
      float baseline = page.y() - 9.5f;
      page.text(description.get(i), regular, 10, LEFT + CELL_PAD, baseline, INK);
      if (i == 0) {
        page.textRight(quantity(line.quantity()), regular, 10, QTY_RIGHT, baseline, INK);
        var amounts = page.formats();
        // Amounts without their currency code: the totals below carry it once.
        page.textRight(amounts.amount(line.unitPrice()), regular, 10, PRICE_RIGHT, baseline, INK);
        page.textRight(amounts.amount(line.total()), regular, 10, AMOUNT_RIGHT, baseline, INK);
      }
      page.down(ROW_LINE);
    }
    page.down(CELL_PAD);
    page.rule(page.y(), RULE, 0.5f);
  }

  private List<String> description(InvoiceDocument.Line line) throws IOException {
    return page.wrap(line.description(), page.regular, 10, DESCRIPTION_WIDTH);
  }

  /** "0.5", "0,5": a quantity as the reader writes numbers. */
  private String quantity(BigDecimal quantity) {
    return page.t("payments.invoice.quantity.value", quantity.stripTrailingZeros());
  }
}

package com.otopair.payments.invoice;

import static com.otopair.payments.invoice.InvoiceCanvas.INK;
import static com.otopair.payments.invoice.InvoiceCanvas.MUTED;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Lays out an {@link InvoiceDocument} as a PDF on Letter pages: the shop's header, who is billed
 * ({@link InvoiceHeader}), the table of lines (continued on further pages, with its header
 * repeated, when it is long: {@link InvoiceLines}), the totals ({@link InvoiceTotals}), how the
 * customer pays, and a footer on every page ({@link InvoiceFooter}), all drawn on an {@link
 * InvoiceCanvas}.
 *
 * <p>It uses the standard Helvetica fonts, so nothing is embedded and the file stays small; these
 * fonts only know the WinAnsi characters, so any other character in the shop's or customer's text
 * is printed as a close ASCII equivalent, or "?" when there is none, rather than failing ({@link
 * PrintableText}).
 *
 * <p>Its own words (the title, the table's header, the totals) and its amounts and dates are in the
 * language asked for; what the document carries is already worded by its maker.
 */
public final class InvoicePdf {

  private final InvoiceDocument invoice;
  private final PDDocument pdf;
  private final InvoiceCanvas page;

  private InvoicePdf(InvoiceDocument invoice, Locale locale, PDDocument pdf) throws IOException {
    this.invoice = invoice;
    this.pdf = pdf;
    this.page = new InvoiceCanvas(invoice, locale, pdf);
  }

  /**
   * The document as PDF bytes, its words in {@code locale}. Never fails on the text or logo it is
   * given.
   */
  public static byte[] render(InvoiceDocument invoice, Locale locale) {
    try (var pdf = new PDDocument()) {
      new InvoicePdf(invoice, locale, pdf).write();
      var out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not render " + invoice.kind() + " " + invoice.number(), e); // i18n: for developers
    }
  }

  private void write() throws IOException {
    var info = new PDDocumentInformation();
    info.setTitle(title());
    info.setAuthor(invoice.shopName());
    info.setCreator("Otopair"); // i18n: a brand name
    info.setCreationDate(Calendar.getInstance());
    pdf.setDocumentInformation(info);

    var totals = new InvoiceTotals(invoice, page);
    new InvoiceHeader(invoice, page).draw();
    new InvoiceLines(invoice, page, totals).draw();
    totals.draw();
    closing();
    page.close();
    new InvoiceFooter(invoice, page).draw();
  }

  /** How the customer pays, and the shop's note. */
  private void closing() throws IOException {
    if (!invoice.paymentMethod().isBlank()) {
      page.paragraph(page.t("payments.invoice.payment-method"), page.bold, 8, MUTED, 11);
      page.paragraph(invoice.paymentMethod(), page.regular, 10, INK, 13);
      page.down(14);
    }
    if (!invoice.note().isBlank()) {
      page.paragraph(invoice.note(), page.italic, 10, INK, 13);
    }
  }

  /** "Invoice GP-0042", the document's title. */
  private String title() {
    return page.t("payments.invoice.title", invoice.kind().label(page.locale()), invoice.number());
  }
}

package com.otopair.payments.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import com.otopair.base.Money;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class InvoicePdfTest {

  private static Money cad(String amount) {
    return Money.of(new BigDecimal(amount), "CAD");
  }

  private static final List<InvoiceDocument.Line> LINES =
      List.of(
          new InvoiceDocument.Line(
              "Synthetic oil change, 5W-30, filter included",
              new BigDecimal("1"),
              cad("79.99"),
              cad("79.99")),
          new InvoiceDocument.Line(
              "Labour: brake inspection", new BigDecimal("0.5"), cad("40.00"), cad("20.00")));

  private static InvoiceDocument receipt(
      List<InvoiceDocument.Line> lines, byte @Nullable [] logo, Money refunded) {
    return new InvoiceDocument(
        InvoiceKind.RECEIPT,
        "GP-0042",
        LocalDate.of(2026, 3, 3),
        "Garage Papineau",
        "1234 avenue Papineau\nMontréal, QC H2K 4J5",
        "+1 514 555 0134",
        "atelier@garagepapineau.ca",
        logo,
        "Marie Tremblay",
        "marie@example.com",
        "2019 Honda Civic · FXK 204",
        "Job J-1042 · booking of March 3",
        lines,
        cad("99.99"),
        "GST + QST 14.975%",
        cad("14.99"),
        cad("114.98"),
        cad("114.98"),
        refunded,
        cad("0.00"),
        "Visa •••• 4242",
        "Thank you for your business");
  }

  /** The document in English. */
  private static byte[] render(InvoiceDocument document) {
    return InvoicePdf.render(document, I18n.ENGLISH);
  }

  private static String text(byte[] pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void receiptShowsTheShopTheCustomerEveryLineAndTheTotals() throws IOException {
    var text = text(render(receipt(LINES, null, cad("0"))));

    assertThat(text)
        .contains("Receipt", "GP-0042", "March 3, 2026")
        .contains("Garage Papineau", "1234 avenue Papineau", "Montréal, QC H2K 4J5")
        .contains("+1 514 555 0134", "atelier@garagepapineau.ca")
        .contains("Billed to".toUpperCase(), "Marie Tremblay", "marie@example.com")
        .contains("2019 Honda Civic · FXK 204", "Job J-1042 · booking of March 3")
        .contains("Synthetic oil change, 5W-30, filter included", "$79.99")
        .contains("Labour: brake inspection", "0.5", "$40.00", "$20.00")
        .contains("Subtotal", "$99.99 CAD")
        .contains("GST + QST 14.975%", "$14.99 CAD")
        .contains("Total", "Paid", "$114.98 CAD")
        .contains("Balance due", "$0.00 CAD")
        .contains("Visa •••• 4242", "Thank you for your business")
        .contains("Otopair · Garage Papineau")
        .doesNotContain("Refunded");
  }

  @Test
  void documentInformationNamesTheReceiptAndTheShop() throws IOException {
    try (var document = Loader.loadPDF(render(receipt(LINES, null, cad("0"))))) {
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Receipt GP-0042");
      assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Garage Papineau");
      assertThat(document.getNumberOfPages()).isEqualTo(1);
    }
  }

  @Test
  void invoiceWithARefundShowsTheRefundedAmount() throws IOException {
    var refunded = receipt(LINES, null, cad("20.00"));
    var invoice =
        new InvoiceDocument(
            InvoiceKind.INVOICE,
            refunded.number(),
            refunded.issuedOn(),
            refunded.shopName(),
            refunded.shopAddress(),
            "",
            "",
            null,
            refunded.customerName(),
            refunded.customerEmail(),
            "",
            refunded.reference(),
            refunded.lines(),
            refunded.subtotal(),
            refunded.taxLabel(),
            refunded.tax(),
            refunded.total(),
            refunded.paid(),
            refunded.refunded(),
            refunded.balanceDue(),
            "Pay at the shop",
            "");

    var text = text(render(invoice));

    assertThat(text).contains("Invoice", "Refunded", "$20.00 CAD", "Pay at the shop");
  }

  @Test
  void sixtyLinesFlowOntoMorePagesAndTheLastLineIsPrinted() throws IOException {
    var lines =
        IntStream.rangeClosed(1, 60)
            .mapToObj(
                i ->
                    new InvoiceDocument.Line(
                        "Part number "
                            + i
                            + (i % 7 == 0 ? " with a long description ".repeat(4) : ""),
                        BigDecimal.ONE,
                        cad(i + ".25"),
                        cad(i + ".25")))
            .toList();

    try (var document = Loader.loadPDF(render(receipt(lines, null, cad("0"))))) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
      var stripper = new PDFTextStripper();
      var all = stripper.getText(document);
      stripper.setStartPage(document.getNumberOfPages());
      var last = stripper.getText(document);
      assertThat(all).contains("Part number 1 ", "Part number 30", "$30.25");
      assertThat(last)
          .contains("Part number 60", "$60.25", "Balance due", "(continued)")
          .contains("Page " + document.getNumberOfPages() + " of " + document.getNumberOfPages());
    }
  }

  @Test
  void charactersTheFontCannotPrintAreReplacedRatherThanFailing() throws IOException {
    var odd =
        List.of(
            new InvoiceDocument.Line(
                "Niño → 😀 Ω ≤ 5 ", BigDecimal.ONE, cad("10.00"), cad("10.00")),
            new InvoiceDocument.Line(
                "x".repeat(300) + "\ttab\u200bzero-width\u00a0nbsp ő",
                BigDecimal.ONE,
                cad("1.00"),
                cad("1.00")));

    var text = text(render(receipt(odd, null, cad("0"))));

    assertThat(text).contains("Niño -> ? ? <= 5", "tabzero-width nbsp o", "Visa •••• 4242");
  }

  @Test
  void aBrokenLogoIsLeftOutAndAValidOneIsDrawn() throws IOException {
    var broken = render(receipt(LINES, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2}, cad("0")));
    assertThat(text(broken)).contains("Garage Papineau");

    var image = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
    var graphics = image.createGraphics();
    graphics.setColor(new Color(0x1d, 0x4e, 0x89));
    graphics.fillRect(0, 0, 120, 60);
    graphics.dispose();
    var png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);

    try (var document = Loader.loadPDF(render(receipt(LINES, png.toByteArray(), cad("0"))))) {
      var resources = document.getPage(0).getResources();
      assertThat(resources.getXObjectNames()).hasSize(1);
      assertThat(new PDFTextStripper().getText(document)).contains("Garage Papineau");
    }
  }

  @Test
  void aReceiptInFrenchHasItsWordsAmountsAndDateInFrench() throws IOException {
    var text =
        text(InvoicePdf.render(receipt(LINES, null, cad("0")), I18n.FRENCH))
            .replace('\u00a0', ' ')
            .replace('\u202f', ' ');

    assertThat(text)
        .contains("Reçu", "N° GP-0042", "3 mars 2026", "FACTURÉ À", "RÉFÉRENCE")
        .contains("Description", "Qté", "Prix unitaire", "Montant")
        .contains("Sous-total", "Total", "Payé", "Solde dû", "MODE DE PAIEMENT")
        .contains("79,99 $", "0,5", "114,98 $ CAD")
        .doesNotContain("Receipt", "Subtotal", "Balance due", "$79.99");
  }
}

package com.otopair.payments.invoice;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.Money;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;

/**
 * Lays out an {@link InvoiceDocument} as a PDF on Letter pages: the shop's header, who is billed,
 * the table of lines (continued on further pages, with its header repeated, when it is long), the
 * totals, how the customer pays, and a footer on every page.
 *
 * <p>It uses the standard Helvetica fonts, so nothing is embedded and the file stays small; these
 * fonts only know the WinAnsi characters, so any other character in the shop's or customer's text
 * is printed as a close ASCII equivalent, or "?" when there is none, rather than failing.
 *
 * <p>Its own words (the title, the table's header, the totals) and its amounts and dates are in the
 * language asked for; what the document carries is already worded by its maker.
 */
public final class InvoicePdf {

  private static final PDRectangle PAGE = PDRectangle.LETTER;
  private static final float LEFT = 54;
  private static final float RIGHT = PAGE.getWidth() - 54;
  private static final float WIDTH = RIGHT - LEFT;
  private static final float TOP = PAGE.getHeight() - 54;

  /** Content stops here; the footer sits below. */
  private static final float BOTTOM = 72;

  private static final float LOGO_MAX_HEIGHT = 48;
  private static final float LOGO_MAX_WIDTH = 180;

  private static final float CELL_PAD = 6;
  private static final float QTY_WIDTH = 48;
  private static final float PRICE_WIDTH = 92;
  private static final float AMOUNT_WIDTH = 92;
  private static final float ROW_LINE = 13;
  private static final float TOTALS_WIDTH = 260;

  private static final Color INK = new Color(0x1f, 0x24, 0x2b);
  private static final Color MUTED = new Color(0x6b, 0x72, 0x80);
  private static final Color ACCENT = new Color(0x1d, 0x4e, 0x89);
  private static final Color RULE = new Color(0xd9, 0xdd, 0xe3);
  private static final Color SHADE = new Color(0xf1, 0xf3, 0xf6);

  /** ASCII stand-ins for common characters outside WinAnsi. */
  private static final Map<Integer, String> STAND_INS =
      Map.ofEntries(
          Map.entry((int) '→', "->"),
          Map.entry((int) '←', "<-"),
          Map.entry((int) '↔', "<->"),
          Map.entry((int) '⇒', "=>"),
          Map.entry((int) '≤', "<="),
          Map.entry((int) '≥', ">="),
          Map.entry((int) '≠', "!="),
          Map.entry((int) '≈', "~"),
          Map.entry((int) '−', "-"),
          Map.entry((int) '‐', "-"),
          Map.entry((int) '‑', "-"),
          Map.entry((int) '‒', "-"),
          Map.entry((int) '′', "'"),
          Map.entry((int) '″', "\""),
          Map.entry((int) '•', "*"),
          Map.entry((int) '·', "."),
          Map.entry((int) '…', "..."),
          Map.entry((int) '“', "\""),
          Map.entry((int) '”', "\""),
          Map.entry((int) '‘', "'"),
          Map.entry((int) '’', "'"),
          Map.entry((int) '–', "-"),
          Map.entry((int) '—', "-"),
          Map.entry((int) '✓', "v"),
          Map.entry((int) '✔', "v"));

  private final InvoiceDocument invoice;
  private final Locale locale;
  private final Formats formats;
  private final PDDocument pdf;
  private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

  /** What each code point met so far prints as; the three fonts share the WinAnsi encoding. */
  private final Map<Integer, String> printable = new HashMap<>();

  private PDPageContentStream content;

  /** The top of the space still free on the current page. */
  private float y;

  private InvoicePdf(InvoiceDocument invoice, Locale locale, PDDocument pdf) throws IOException {
    this.invoice = invoice;
    this.locale = locale;
    this.formats = Formats.of(locale);
    this.pdf = pdf;
    var page = new PDPage(PAGE);
    pdf.addPage(page);
    this.content = new PDPageContentStream(pdf, page);
    this.y = TOP;
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

    header();
    parties();
    table();
    totals();
    closing();
    content.close();
    footers();
  }

  // ---- sections

  private void header() throws IOException {
    float leftWidth = WIDTH - 230;
    float left = TOP;
    var logo = logo();
    if (logo != null) {
      float scale =
          Math.min(
              1, Math.min(LOGO_MAX_HEIGHT / logo.getHeight(), LOGO_MAX_WIDTH / logo.getWidth()));
      float w = logo.getWidth() * scale;
      float h = logo.getHeight() * scale;
      content.drawImage(logo, LEFT, left - h, w, h);
      left -= h + 12;
    }
    for (var line : wrap(invoice.shopName(), bold, 15, leftWidth)) {
      left -= 16;
      text(line, bold, 15, LEFT, left, INK);
      left -= 3;
    }
    left -= 2;
    var details = new ArrayList<String>();
    details.addAll(invoice.shopAddress().lines().toList());
    details.add(invoice.shopPhone());
    details.add(invoice.shopEmail());
    for (var detail : details) {
      for (var line : wrap(detail, regular, 9.5f, leftWidth)) {
        left -= 12.5f;
        text(line, regular, 9.5f, LEFT, left, MUTED);
      }
    }

    float right = TOP - 22;
    textRight(invoice.kind().label(locale), bold, 26, RIGHT, right, ACCENT);
    right -= 22;
    textRight(t("payments.invoice.number", invoice.number()), bold, 10.5f, RIGHT, right, INK);
    right -= 14;
    textRight(date(invoice.issuedOn()), regular, 10, RIGHT, right, MUTED);

    y = Math.min(left, right) - 18;
    rule(y, RULE, 0.8f);
    y -= 20;
  }

  private void parties() throws IOException {
    float column = WIDTH / 2 - 12;
    float referenceX = LEFT + WIDTH / 2 + 12;

    float left = y;
    text(t("payments.invoice.billed-to"), bold, 8, LEFT, left - 8, MUTED);
    left -= 10;
    for (var line : wrap(invoice.customerName(), bold, 11, column)) {
      left -= 14;
      text(line, bold, 11, LEFT, left, INK);
    }
    for (var detail : List.of(invoice.customerEmail(), invoice.vehicle())) {
      for (var line : wrap(detail, regular, 10, column)) {
        left -= 13;
        text(line, regular, 10, LEFT, left, INK);
      }
    }

    float right = y;
    if (!invoice.reference().isBlank()) {
      text(t("payments.invoice.reference"), bold, 8, referenceX, right - 8, MUTED);
      right -= 10;
      for (var line : wrap(invoice.reference(), regular, 10, column)) {
        right -= 13;
        text(line, regular, 10, referenceX, right, INK);
      }
    }
    y = Math.min(left, right) - 22;
  }

  private void table() throws IOException {
    tableHeader();
    var lines = invoice.lines();
    for (int i = 0; i < lines.size(); i++) {
      if (i == lines.size() - 1) {
        keepWithTotals(lines.get(i));
      }
      tableRow(lines.get(i));
    }
  }

  /** Moves the last row to a new page when the totals would otherwise stand there alone. */
  private void keepWithTotals(InvoiceDocument.Line last) throws IOException {
    float row = wrap(last.description(), regular, 10, descriptionWidth()).size() * ROW_LINE;
    float needed = row + 2 * CELL_PAD + totalsHeight();
    if (y - needed < BOTTOM && needed <= TOP - 24 - 20 - BOTTOM) {
      newPage();
      tableHeader();
    }
  }

  private float amountRight() {
    return RIGHT - CELL_PAD;
  }

  private float priceRight() {
    return amountRight() - AMOUNT_WIDTH;
  }

  private float qtyRight() {
    return priceRight() - PRICE_WIDTH;
  }

  private float descriptionWidth() {
    return qtyRight() - QTY_WIDTH - LEFT - CELL_PAD;
  }

  private void tableHeader() throws IOException {
    float height = 20;
    if (y - height - ROW_LINE - 2 * CELL_PAD < BOTTOM) {
      newPage();
    }
    fill(LEFT, y - height, WIDTH, height, SHADE);
    float baseline = y - 13.5f;
    text(t("payments.invoice.description"), bold, 9, LEFT + CELL_PAD, baseline, INK);
    textRight(t("payments.invoice.quantity"), bold, 9, qtyRight(), baseline, INK);
    textRight(t("payments.invoice.unit-price"), bold, 9, priceRight(), baseline, INK);
    textRight(t("payments.invoice.amount"), bold, 9, amountRight(), baseline, INK);
    y -= height;
  }

  private void tableRow(InvoiceDocument.Line line) throws IOException {
    var description = wrap(line.description(), regular, 10, descriptionWidth());
    if (description.isEmpty()) {
      description = List.of("");
    }
    float height = description.size() * ROW_LINE + 2 * CELL_PAD;
    float fullPage = TOP - 24 - 20 - BOTTOM;
    if (y - height < BOTTOM && height <= fullPage) {
      newPage();
      tableHeader();
    }
    y -= CELL_PAD;
    for (int i = 0; i < description.size(); i++) {
      if (y - ROW_LINE < BOTTOM) {
        newPage();
        tableHeader();
        y -= CELL_PAD;
      }
      float baseline = y - 9.5f;
      text(description.get(i), regular, 10, LEFT + CELL_PAD, baseline, INK);
      if (i == 0) {
        textRight(quantity(line.quantity()), regular, 10, qtyRight(), baseline, INK);
        textRight(plain(line.unitPrice()), regular, 10, priceRight(), baseline, INK);
        textRight(plain(line.total()), regular, 10, amountRight(), baseline, INK);
      }
      y -= ROW_LINE;
    }
    y -= CELL_PAD;
    rule(y, RULE, 0.5f);
  }

  private record TotalRow(String label, Money amount, boolean strong) {}

  private static final float TOTALS_LABEL_WIDTH = TOTALS_WIDTH - 120;

  private List<TotalRow> totalRows() {
    var rows = new ArrayList<TotalRow>();
    rows.add(new TotalRow(t("payments.invoice.subtotal"), invoice.subtotal(), false));
    rows.add(
        new TotalRow(
            invoice.taxLabel().isBlank() ? t("payments.invoice.tax") : invoice.taxLabel(),
            invoice.tax(),
            false));
    rows.add(new TotalRow(t("payments.invoice.total"), invoice.total(), true));
    rows.add(new TotalRow(t("payments.invoice.paid"), invoice.paid(), false));
    if (invoice.refunded().minor() != 0) {
      rows.add(new TotalRow(t("payments.invoice.refunded"), invoice.refunded(), false));
    }
    return rows;
  }

  /** The height of the totals and the balance due, with the space above them. */
  private float totalsHeight() throws IOException {
    float height = 10 + 4 + 26;
    for (var row : totalRows()) {
      height += totalRowHeight(row);
    }
    return height;
  }

  private float totalRowHeight(TotalRow row) throws IOException {
    var font = row.strong() ? bold : regular;
    float size = row.strong() ? 11 : 10;
    return Math.max(1, wrap(row.label(), font, size, TOTALS_LABEL_WIDTH).size()) * 13 + 5;
  }

  private void totals() throws IOException {
    var rows = totalRows();

    float labelX = RIGHT - TOTALS_WIDTH + CELL_PAD;
    y -= 10;
    if (y - totalsHeight() + 10 < BOTTOM) {
      newPage();
    }
    for (var row : rows) {
      var font = row.strong() ? bold : regular;
      float size = row.strong() ? 11 : 10;
      var label = wrap(row.label(), font, size, TOTALS_LABEL_WIDTH);
      float height = totalRowHeight(row);
      if (y - height < BOTTOM) {
        newPage();
      }
      if (row.strong()) {
        line(RIGHT - TOTALS_WIDTH, y, RIGHT, y, INK, 0.8f);
      }
      float baseline = y - 12.5f;
      for (var part : label) {
        text(part, font, size, labelX, baseline, row.strong() ? INK : MUTED);
        baseline -= 13;
      }
      textRight(formats.money(row.amount()), font, size, amountRight(), y - 12.5f, INK);
      y -= height;
    }

    y -= 4;
    float height = 26;
    if (y - height < BOTTOM) {
      newPage();
    }
    fill(RIGHT - TOTALS_WIDTH, y - height, TOTALS_WIDTH, height, SHADE);
    float baseline = y - 17.5f;
    text(t("payments.invoice.balance-due"), bold, 12, labelX, baseline, ACCENT);
    textRight(formats.money(invoice.balanceDue()), bold, 12, amountRight(), baseline, ACCENT);
    y -= height + 24;
  }

  private void closing() throws IOException {
    if (!invoice.paymentMethod().isBlank()) {
      paragraph(t("payments.invoice.payment-method"), bold, 8, MUTED, 11);
      paragraph(invoice.paymentMethod(), regular, 10, INK, 13);
      y -= 14;
    }
    if (!invoice.note().isBlank()) {
      paragraph(invoice.note(), italic, 10, INK, 13);
    }
  }

  /** Footers go on last, once the number of pages is known. */
  private void footers() throws IOException {
    int count = pdf.getNumberOfPages();
    for (int i = 0; i < count; i++) {
      try (var footer =
          new PDPageContentStream(pdf, pdf.getPage(i), AppendMode.APPEND, true, true)) {
        content = footer;
        rule(52, RULE, 0.5f);
        text(t("payments.invoice.footer", invoice.shopName()), regular, 8.5f, LEFT, 40, MUTED);
        if (count > 1) {
          textRight(
              t("payments.invoice.page", String.valueOf(i + 1), String.valueOf(count)),
              regular,
              8.5f,
              RIGHT,
              40,
              MUTED);
        }
      }
    }
  }

  // ---- pages and drawing

  private void newPage() throws IOException {
    content.close();
    var page = new PDPage(PAGE);
    pdf.addPage(page);
    content = new PDPageContentStream(pdf, page);
    text(
        t("payments.invoice.continued", invoice.kind().label(locale), invoice.number()),
        regular,
        9,
        LEFT,
        TOP - 9,
        MUTED);
    y = TOP - 24;
  }

  /** Wrapped text, one line at a time, each on a new page when this one is full. */
  private void paragraph(String text, PDFont font, float size, Color color, float leading)
      throws IOException {
    for (var line : wrap(text, font, size, WIDTH)) {
      if (y - leading < BOTTOM) {
        newPage();
      }
      text(line, font, size, LEFT, y - size, color);
      y -= leading;
    }
  }

  private void text(String text, PDFont font, float size, float x, float baseline, Color color)
      throws IOException {
    var shown = printable(text);
    if (shown.isEmpty()) {
      return;
    }
    content.beginText();
    content.setFont(font, size);
    content.setNonStrokingColor(color);
    content.newLineAtOffset(x, baseline);
    content.showText(shown);
    content.endText();
  }

  private void textRight(
      String text, PDFont font, float size, float right, float baseline, Color color)
      throws IOException {
    text(text, font, size, right - width(text, font, size), baseline, color);
  }

  private void rule(float at, Color color, float thickness) throws IOException {
    line(LEFT, at, RIGHT, at, color, thickness);
  }

  private void line(float x1, float y1, float x2, float y2, Color color, float thickness)
      throws IOException {
    content.setStrokingColor(color);
    content.setLineWidth(thickness);
    content.moveTo(x1, y1);
    content.lineTo(x2, y2);
    content.stroke();
  }

  private void fill(float x, float bottom, float width, float height, Color color)
      throws IOException {
    content.setNonStrokingColor(color);
    content.addRect(x, bottom, width, height);
    content.fill();
  }

  private @Nullable PDImageXObject logo() {
    var bytes = invoice.shopLogo();
    if (bytes == null || bytes.length == 0) {
      return null;
    }
    try {
      var image = PDImageXObject.createFromByteArray(pdf, bytes, "logo");
      return image.getWidth() > 0 && image.getHeight() > 0 ? image : null;
    } catch (IOException | RuntimeException e) {
      // A logo that can't be read shouldn't keep the customer from their receipt.
      return null;
    }
  }

  // ---- text

  /** Splits on line breaks, then wraps each line on spaces, breaking words longer than a line. */
  private List<String> wrap(String text, PDFont font, float size, float maxWidth)
      throws IOException {
    var lines = new ArrayList<String>();
    for (var paragraph : printable(text.replace("\r\n", "\n"), true).split("\n", -1)) {
      var current = new StringBuilder();
      for (var word : paragraph.strip().split(" +")) {
        if (word.isEmpty()) {
          continue;
        }
        var candidate = current.isEmpty() ? word : current + " " + word;
        if (width(candidate, font, size) <= maxWidth) {
          current.setLength(0);
          current.append(candidate);
          continue;
        }
        if (!current.isEmpty()) {
          lines.add(current.toString());
          current.setLength(0);
        }
        while (width(word, font, size) > maxWidth) {
          int fits = 1;
          while (fits < word.length()
              && width(word.substring(0, fits + 1), font, size) <= maxWidth) {
            fits++;
          }
          lines.add(word.substring(0, fits));
          word = word.substring(fits);
        }
        current.append(word);
      }
      if (!current.isEmpty()) {
        lines.add(current.toString());
      }
    }
    return lines;
  }

  private float width(String text, PDFont font, float size) throws IOException {
    return font.getStringWidth(printable(text)) / 1000 * size;
  }

  private String printable(String text) {
    return printable(text, false);
  }

  /**
   * The text as the fonts can print it: each character the WinAnsi encoding lacks becomes a
   * stand-in, its letter without accents, or "?"; invisible characters are dropped and other
   * spacing becomes a plain space. Line breaks are kept only when asked for.
   */
  private String printable(String text, boolean keepLineBreaks) {
    var normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
    var out = new StringBuilder(normalized.length());
    normalized
        .codePoints()
        .forEach(
            cp -> {
              if (cp == '\n' && keepLineBreaks) {
                out.append('\n');
              } else {
                out.append(printable.computeIfAbsent(cp, this::printable));
              }
            });
    return out.toString();
  }

  private String printable(int cp) {
    if (cp == '\n' || cp == '\r' || cp == '\t' || Character.isSpaceChar(cp)) {
      return " ";
    }
    int type = Character.getType(cp);
    if (type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || (cp >= 0xFE00 && cp <= 0xFE0F)) {
      return "";
    }
    var character = Character.toString(cp);
    if (encodes(character)) {
      return character;
    }
    var standIn = STAND_INS.get(cp);
    if (standIn != null && encodes(standIn)) {
      return standIn;
    }
    var bare = Normalizer.normalize(character, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    if (!bare.isEmpty() && !bare.equals(character) && encodes(bare)) {
      return bare;
    }
    return "?";
  }

  private boolean encodes(String text) {
    try {
      for (var font : List.of(regular, bold, italic)) {
        font.encode(text);
      }
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  // ---- numbers

  private String t(String key, Object... args) {
    return I18n.t(locale, key, args);
  }

  /** "Invoice GP-0042", the document's title. */
  private String title() {
    return t("payments.invoice.title", invoice.kind().label(locale), invoice.number());
  }

  private String date(LocalDate date) {
    return formats.longDate(date);
  }

  /** "0.5", "0,5": a quantity as the reader writes numbers. */
  private String quantity(BigDecimal quantity) {
    return I18n.t(locale, "payments.invoice.quantity.value", quantity.stripTrailingZeros());
  }

  /** An amount without its currency code: the totals below carry it once. */
  private String plain(Money money) {
    return formats.amount(money);
  }
}

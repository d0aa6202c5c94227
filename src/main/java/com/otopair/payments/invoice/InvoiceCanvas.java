package com.otopair.payments.invoice;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
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
 * The Letter pages of one document as its sections draw them, top to bottom: the pen's height
 * ({@link #y()}), a new page (headed "continued") when the current one is full, and text, rules and
 * shades in the document's fonts, colours and language.
 */
final class InvoiceCanvas {

  static final PDRectangle PAGE = PDRectangle.LETTER;
  static final float LEFT = 54;
  static final float RIGHT = PAGE.getWidth() - 54;
  static final float WIDTH = RIGHT - LEFT;
  static final float TOP = PAGE.getHeight() - 54;

  /** Content stops here; the footer sits below. */
  static final float BOTTOM = 72;

  static final Color INK = new Color(0x1f, 0x24, 0x2b);
  static final Color MUTED = new Color(0x6b, 0x72, 0x80);
  static final Color ACCENT = new Color(0x1d, 0x4e, 0x89);
  static final Color RULE = new Color(0xd9, 0xdd, 0xe3);
  static final Color SHADE = new Color(0xf1, 0xf3, 0xf6);

  final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

  private final InvoiceDocument invoice;
  private final Locale locale;
  private final Formats formats;
  private final PDDocument pdf;
  private final PrintableText printable = new PrintableText(List.of(regular, bold, italic));

  private PDPageContentStream content;

  /** The top of the space still free on the current page. */
  private float y;

  /** Starts the first page of {@code invoice} in {@code pdf}, its words in {@code locale}. */
  InvoiceCanvas(InvoiceDocument invoice, Locale locale, PDDocument pdf) throws IOException {
    this.invoice = invoice;
    this.locale = locale;
    this.formats = Formats.of(locale);
    this.pdf = pdf;
    var page = new PDPage(PAGE);
    pdf.addPage(page);
    this.content = new PDPageContentStream(pdf, page);
    this.y = TOP;
  }

  // ---- the document's language

  Locale locale() {
    return locale;
  }

  Formats formats() {
    return formats;
  }

  String t(String key, Object... args) {
    return I18n.t(locale, key, args);
  }

  // ---- the pen and the pages

  /** The top of the space still free on the current page. */
  float y() {
    return y;
  }

  void y(float y) {
    this.y = y;
  }

  /** Moves the pen {@code by} points down the page. */
  void down(float by) {
    y -= by;
  }

  void newPage() throws IOException {
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

  /** Ends the content; what is drawn after goes on a page through {@link #onEveryPage}. */
  void close() throws IOException {
    content.close();
  }

  /** What to draw on one page of {@code count}, numbered from 1. */
  @FunctionalInterface
  interface PageDrawing {
    void draw(int number, int count) throws IOException;
  }

  /** Draws over every page once the number of pages is known: footers. */
  void onEveryPage(PageDrawing drawing) throws IOException {
    int count = pdf.getNumberOfPages();
    for (int i = 0; i < count; i++) {
      try (var over = new PDPageContentStream(pdf, pdf.getPage(i), AppendMode.APPEND, true, true)) {
        content = over;
        drawing.draw(i + 1, count);
      }
    }
  }

  // ---- drawing

  /** Wrapped text, one line at a time, each on a new page when this one is full. */
  void paragraph(String text, PDFont font, float size, Color color, float leading)
      throws IOException {
    for (var line : wrap(text, font, size, WIDTH)) {
      if (y - leading < BOTTOM) {
        newPage();
      }
      text(line, font, size, LEFT, y - size, color);
      y -= leading;
    }
  }

  void text(String text, PDFont font, float size, float x, float baseline, Color color)
      throws IOException {
    var shown = printable.of(text);
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

  void textRight(String text, PDFont font, float size, float right, float baseline, Color color)
      throws IOException {
    text(text, font, size, right - width(text, font, size), baseline, color);
  }

  /** A rule across the page at height {@code at}. */
  void rule(float at, Color color, float thickness) throws IOException {
    line(LEFT, at, RIGHT, at, color, thickness);
  }

  void line(float x1, float y1, float x2, float y2, Color color, float thickness)
      throws IOException {
    content.setStrokingColor(color);
    content.setLineWidth(thickness);
    content.moveTo(x1, y1);
    content.lineTo(x2, y2);
    content.stroke();
  }

  void fill(float x, float bottom, float width, float height, Color color) throws IOException {
    content.setNonStrokingColor(color);
    content.addRect(x, bottom, width, height);
    content.fill();
  }

  void image(PDImageXObject image, float x, float bottom, float width, float height)
      throws IOException {
    content.drawImage(image, x, bottom, width, height);
  }

  /** The image these bytes hold, or null when they hold none that can be drawn. */
  @Nullable PDImageXObject image(byte @Nullable [] bytes) {
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

  // ---- measuring text

  /** Splits on line breaks, then wraps each line on spaces, breaking words longer than a line. */
  List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
    var lines = new ArrayList<String>();
    for (var paragraph : printable.of(text.replace("\r\n", "\n"), true).split("\n", -1)) {
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

  float width(String text, PDFont font, float size) throws IOException {
    return font.getStringWidth(printable.of(text)) / 1000 * size;
  }
}

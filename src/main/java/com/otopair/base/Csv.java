package com.otopair.base;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one CSV writer of every export: RFC 4180 (fields with a comma, a quote or a line break in
 * double quotes, quotes doubled, lines ended by CRLF), UTF-8 with a byte-order mark so spreadsheet
 * programs read accents right, a header row in the reader's language, numbers unformatted with a
 * dot decimal (a currency goes in its own column), dates as 2027-03-09.
 *
 * <p>A text cell that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or
 * a carriage return) is written with a leading apostrophe, so a customer named "=HYPERLINK(...)"
 * stays text. Numbers are written as numbers: a negative amount is not text.
 */
public final class Csv {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final String LINE_END = "\r\n";

  private final int columns;
  private final List<String> lines = new ArrayList<>();

  private Csv(List<String> header) {
    this.columns = header.size();
    lines.add(line(new ArrayList<>(header)));
  }

  /** A file with this header row (already in the reader's language). */
  public static Csv withHeader(List<String> header) {
    if (header.isEmpty()) {
      throw new IllegalArgumentException("A CSV file needs at least one column");
    }
    return new Csv(header);
  }

  /** Adds a row: text, whole or decimal numbers, dates, or {@code null} for an empty cell. */
  public Csv row(@Nullable Object... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException(
          "A row of " + cells.length + " cells in a file of " + columns + " columns");
    }
    lines.add(line(java.util.Arrays.asList(cells)));
    return this;
  }

  /** The file's text, without the byte-order mark. */
  public String text() {
    return String.join("", lines);
  }

  /** The file: UTF-8 with a byte-order mark. */
  public byte[] bytes() {
    var out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
    out.writeBytes(text().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static String line(List<@Nullable Object> cells) {
    var line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(cell(cells.get(i)));
    }
    return line.append(LINE_END).toString();
  }

  /** One field, as RFC 4180 and the formula guard want it. */
  static String cell(@Nullable Object value) {
    return switch (value) {
      case null -> "";
      case BigDecimal decimal -> decimal.toPlainString();
      case Double real -> BigDecimal.valueOf(real).toPlainString();
      case Float real -> BigDecimal.valueOf(real).toPlainString();
      case Number whole -> whole.toString();
      case LocalDate date -> date.toString();
      default -> quoted(guarded(value.toString()));
    };
  }

  private static String guarded(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + text
        : text;
  }

  private static String quoted(String text) {
    boolean needs =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0;
    return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}

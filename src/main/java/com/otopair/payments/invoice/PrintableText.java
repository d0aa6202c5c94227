package com.otopair.payments.invoice;

import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text as the standard PDF fonts can print it. They only know the WinAnsi characters: any other
 * character becomes a close ASCII stand-in, its letter without accents, or "?", so a shop's or
 * customer's text never keeps a document from being made.
 */
final class PrintableText {

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

  private final List<PDFont> fonts;

  /** What each code point met so far prints as; the fonts share the WinAnsi encoding. */
  private final Map<Integer, String> printable = new HashMap<>();

  /** For text printed in any of {@code fonts}. */
  PrintableText(List<PDFont> fonts) {
    this.fonts = List.copyOf(fonts);
  }

  /** The text on one line: line breaks become spaces. */
  String of(String text) {
    return of(text, false);
  }

  /**
   * The text as the fonts can print it: each character the WinAnsi encoding lacks becomes a
   * stand-in, its letter without accents, or "?"; invisible characters are dropped and other
   * spacing becomes a plain space. Line breaks are kept only when asked for.
   */
  String of(String text, boolean keepLineBreaks) {
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
      for (var font : fonts) {
        font.encode(text);
      }
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}

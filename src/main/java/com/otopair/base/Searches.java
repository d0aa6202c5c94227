package com.otopair.base;

import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Helpers every admin grid's query uses the same way. */
public final class Searches {

  private Searches() {}

  /**
   * The page a grid asked for, sorted as asked (or by {@code fallback}) and then by id, so that
   * rows with equal sort keys never repeat or vanish between pages.
   */
  public static Pageable stable(Pageable page, Sort fallback) {
    Sort order = (page.getSort().isSorted() ? page.getSort() : fallback).and(Sort.by("id"));
    return PageRequest.of(page.getPageNumber(), page.getPageSize(), order);
  }

  /**
   * What a search box asks for: trimmed, lower-cased, without control characters. No stored text
   * has any, so they are ignored rather than refused, wherever they came from (a paste, a shared
   * address).
   */
  public static String text(String typed) {
    return PlainText.replaceControls(typed, "").trim().toLowerCase(Locale.ROOT);
  }

  /** The accented letters of French and Spanish place names, and their plain forms, in order. */
  public static final String ACCENTED = "àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ";

  public static final String PLAIN = "aaaaaaceeeeiiiinooooouuuuyyoa";

  /**
   * {@link #text} without accents, so "Montreal" finds "Montréal" and the other way round; SQL
   * compares with {@code translate(lower(column), ACCENTED, PLAIN)}.
   */
  public static String folded(String typed) {
    StringBuilder folded = new StringBuilder(text(typed));
    for (int i = 0; i < folded.length(); i++) {
      int at = ACCENTED.indexOf(folded.charAt(i));
      if (at >= 0) {
        folded.setCharAt(i, PLAIN.charAt(at));
      }
    }
    return folded.toString();
  }

  /** A LIKE pattern (escape character {@code \}) that finds {@link #text} anywhere. */
  public static String containing(String typed) {
    String escaped = text(typed).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}

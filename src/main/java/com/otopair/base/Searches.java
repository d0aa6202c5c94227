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

  /** A LIKE pattern (escape character {@code \}) that finds {@code text} anywhere, lower-cased. */
  public static String containing(String text) {
    String escaped =
        text.trim()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}

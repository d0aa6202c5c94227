package com.otopair.identity.ui;

import com.otopair.base.I18n;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence of the bundles with components in it ("New to Otopair? {0} or {1}." with two links):
 * the words around the components stay in the order the language puts them.
 */
final class Sentences {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

  private Sentences() {}

  /**
   * A paragraph reading {@code key} in the reader's language, {@code {n}} being {@code parts[n]}.
   */
  static Paragraph paragraph(String key, Component... parts) {
    var paragraph = new Paragraph();
    String pattern = I18n.t(key);
    Matcher placeholder = PLACEHOLDER.matcher(pattern);
    int from = 0;
    while (placeholder.find()) {
      if (placeholder.start() > from) {
        paragraph.add(new Text(pattern.substring(from, placeholder.start())));
      }
      paragraph.add(parts[Integer.parseInt(placeholder.group(1))]);
      from = placeholder.end();
    }
    if (from < pattern.length()) {
      paragraph.add(new Text(pattern.substring(from)));
    }
    return paragraph;
  }
}

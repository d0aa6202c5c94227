package com.otopair.support;

import com.github.mvysny.kaributesting.v10.LocatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The words a component tree shows its reader, for tests that check a page speaks one language:
 * that no {@link #MISSING_KEY} and no English text is left on a French page.
 */
public final class PageTexts {

  /** How a key the bundles lack reads on a page: {@code !booking.find.title!}. */
  public static final Pattern MISSING_KEY =
      Pattern.compile("![a-z][a-z0-9-]*(\\.[a-zA-Z0-9_-]+)+!");

  /**
   * The attributes that hold words for people; the others (class, theme, role...) are machinery.
   */
  private static final List<String> WORDY_ATTRIBUTES = List.of("aria-label", "title", "alt");

  /** Where Vaadin keeps a component's tooltip (see {@code HasTooltip}). */
  private static final String TOOLTIP = "tooltip";

  private PageTexts() {}

  /**
   * Every word the component and everything in it shows, one piece a line, with no-break spaces
   * (U+00A0, U+202F) read as plain spaces:
   *
   * <ul>
   *   <li>first its text as a reader reads it, the texts of nested elements run together in order
   *       (so a lone badge reads exactly as its word);
   *   <li>then, for every component Karibu's locators reach, the text of one that hangs outside the
   *       element tree above it (a virtual child, such as the page's view under the UI), which the
   *       first line cannot see, and its tooltip;
   *   <li>every property that holds a string or JSON: Vaadin components carry their words there
   *       (label, placeholder, helperText, errorMessage, emptyStateText, headerTitle, title, a
   *       confirm dialog's texts, a login form's {@code i18n}, a calendar's options);
   *   <li>the attributes that hold words: aria-label, title, alt;
   *   <li>the same properties and attributes of the elements a component holds without a component
   *       of their own;
   *   <li>a grid's column headers and its empty state.
   * </ul>
   */
  public static String textOf(Component root) {
    List<String> texts = new ArrayList<>();
    texts.add(root.getElement().getTextRecursively());
    for (Component component : LocatorKt._walkAll(root)) {
      Element element = component.getElement();
      if (component != root && outsideItsParentsText(element)) {
        texts.add(element.getTextRecursively());
      }
      wordsOf(element, texts);
      if (ComponentUtil.getData(component, TOOLTIP) instanceof Tooltip tooltip) {
        texts.add(tooltip.getText());
      }
      if (component instanceof Grid<?> grid) {
        texts.add(headers(grid));
        texts.add(grid.getEmptyStateText());
      }
    }
    return texts.stream()
        .filter(Objects::nonNull)
        .filter(text -> !text.isBlank())
        .map(PageTexts::plain)
        .collect(Collectors.joining("\n"));
  }

  /**
   * Whether no component above this element has its text: the element hangs, alone or through
   * elements without a component, from a virtual child (as the page under a UI does) or from
   * nothing.
   */
  private static boolean outsideItsParentsText(Element element) {
    for (Element at = element; ; at = at.getParent()) {
      if (at.isVirtualChild() || at.getParent() == null) {
        return true;
      }
      if (at.getParent().getComponent().isPresent()) {
        return false;
      }
    }
  }

  /**
   * The text with its no-break spaces (U+00A0, U+202F, which French puts before a colon, in a sum
   * of money and in a time) as plain spaces, as {@link #textOf} reads them: for a text a test
   * expects that comes from {@code Formats}, or a text read elsewhere (a PDF).
   */
  public static String plain(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  /** A grid's column headers, in order, joined by {@code |}; columns without a header left out. */
  public static String headers(Grid<?> grid) {
    return grid.getColumns().stream()
        .map(Grid.Column::getHeaderText)
        .filter(Objects::nonNull)
        .collect(Collectors.joining("|"));
  }

  /** The words an element carries outside its text, and those of its elements without component. */
  private static void wordsOf(Element element, List<String> texts) {
    element.getPropertyNames().forEach(name -> texts.add(wordsOf(element.getPropertyRaw(name))));
    WORDY_ATTRIBUTES.forEach(name -> texts.add(element.getAttribute(name)));
    element
        .getChildren()
        .filter(child -> !child.isTextNode() && child.getComponent().isEmpty())
        .forEach(child -> wordsOf(child, texts));
  }

  private static String wordsOf(Object property) {
    if (property instanceof String text) {
      return text;
    }
    return property instanceof JsonNode json && !json.isNull() ? json.toString() : null;
  }
}

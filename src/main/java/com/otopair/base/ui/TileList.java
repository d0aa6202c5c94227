package com.otopair.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.jspecify.annotations.Nullable;

/**
 * A tile's short list (today's jobs, the next bookings, sessions going on): one item per line, its
 * words a link to the item's own page where it has one, then its badges, then a muted detail line
 * (a time with its zone). A list, so screen readers announce how many items it holds.
 *
 * <pre>{@code
 * var list = new TileList();
 * list.addItem("9:00 AM · Emma · 2019 Toyota Corolla", "jobs/" + id, null, badge);
 * tile.setContent(list);
 * }</pre>
 */
public class TileList extends UnorderedList {

  public TileList() {
    addClassName("otopair-tile-list");
  }

  /**
   * Adds an item: {@code text}, a link when {@code href} is given, then {@code badges}, then {@code
   * detail} on its own line when given.
   */
  public ListItem addItem(
      String text, @Nullable String href, @Nullable String detail, Component... badges) {
    var item = new ListItem();
    item.addClassName("otopair-tile-item");
    Component words = href == null ? new Span(text) : new Anchor(href, text);
    words.getElement().getClassList().add("otopair-tile-item-text");
    item.add(words);
    item.add(badges);
    if (detail != null) {
      var line = new Span(detail);
      line.addClassName("otopair-tile-item-detail");
      item.add(line);
    }
    add(item);
    return item;
  }
}

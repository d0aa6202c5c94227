package com.otopair.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * One tile of a home dashboard: a heading, a big figure (or a short list, or a chart), one sentence
 * that puts the figure in context ("3 more than last week"), and one link to the list it
 * summarises. Updating a live tile means calling the setters again with fresh numbers.
 *
 * <pre>{@code
 * var tile = new Tile("tile-bookings-today", t("booking.tile.today"));
 * tile.setFigure("7");
 * tile.setNote(t("booking.tile.today.note", 2));
 * tile.setLink(t("booking.tile.today.open"), "shop-bookings");
 * }</pre>
 */
public class Tile extends Div {

  private final H2 heading = new H2();
  private final Span figure = new Span();
  private final Div body = new Div();
  private final Paragraph note = new Paragraph();
  private final Anchor link = new Anchor();

  /** A tile with this id (tests and the dashboard's CSS find it by it) and heading. */
  public Tile(String id, String heading) {
    setId(id);
    addClassNames("otopair-card", "otopair-tile");
    this.heading.setText(heading);
    this.heading.addClassName("otopair-tile-heading");
    figure.addClassName("otopair-tile-figure");
    figure.setVisible(false);
    body.addClassName("otopair-tile-body");
    body.setVisible(false);
    note.addClassName("otopair-tile-note");
    note.setVisible(false);
    link.addClassName("otopair-tile-link");
    link.setVisible(false);
    add(this.heading, figure, body, note, link);
  }

  public void setHeading(String text) {
    heading.setText(text);
  }

  /** The big number ("7", "$4,180.00 CAD", "82%"); {@code null} hides it. */
  public void setFigure(@Nullable String text) {
    figure.setText(text == null ? "" : text);
    figure.setVisible(text != null);
  }

  public String getFigure() {
    return figure.getText();
  }

  /** The one sentence under the figure; {@code null} hides it. */
  public void setNote(@Nullable String text) {
    note.setText(text == null ? "" : text);
    note.setVisible(text != null);
  }

  public String getNote() {
    return note.getText();
  }

  /** Replaces what shows between the figure and the note: a short list, a chart. */
  public void setContent(Component... components) {
    body.removeAll();
    body.add(components);
    body.setVisible(components.length > 0);
  }

  /** The tile's one call to action: a link to the list it summarises ({@code shop-bookings}). */
  public void setLink(String label, String href) {
    link.setText(label);
    link.setHref(href);
    link.setVisible(true);
  }

  public Anchor getLink() {
    return link;
  }

  /** Marks the tile as wanting attention (dead outbox work, payment failures). */
  public void setAttention(boolean attention) {
    setClassName("otopair-attention", attention);
  }
}

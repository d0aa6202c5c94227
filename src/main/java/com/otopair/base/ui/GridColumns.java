package com.otopair.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one way a grid reads at every width. Columns carry a priority: {@link #hideBelow} names the
 * ones a narrower window can do without, so the key columns keep their room on a laptop. Below
 * {@link #cardsBelow}'s width (a phone) the grid shows each row as one card, built by the view from
 * the same row, instead of columns cut to a few letters. The window's width comes from the browser
 * when the grid is attached and on every resize.
 *
 * <pre>{@code
 * GridColumns.of(grid)
 *     .hideBelow(1100, vehicleColumn)
 *     .cardsBelow(640, booking -> GridCard.of(booking.customerName()).line(...).build());
 * }</pre>
 */
public final class GridColumns<T> implements Serializable {

  private final Grid<T> grid;
  private final Map<Grid.Column<T>, Integer> hiddenBelow = new LinkedHashMap<>();
  private Grid.@Nullable Column<T> cards;
  private int cardsBelow;
  private @Nullable Registration resizing;
  private int width = Integer.MAX_VALUE;

  private GridColumns(Grid<T> grid) {
    this.grid = grid;
    grid.addAttachListener(attach -> follow(attach.getUI()));
    grid.addDetachListener(
        detach -> {
          if (resizing != null) {
            resizing.remove();
            resizing = null;
          }
        });
  }

  /** Width rules for {@code grid}; add its columns first. */
  public static <T> GridColumns<T> of(Grid<T> grid) {
    return new GridColumns<>(grid);
  }

  /** Hides these columns in windows narrower than {@code pixels}. */
  @SafeVarargs
  public final GridColumns<T> hideBelow(int pixels, Grid.Column<T>... columns) {
    for (Grid.Column<T> column : columns) {
      hiddenBelow.put(column, pixels);
    }
    apply(width);
    return this;
  }

  /**
   * In windows narrower than {@code pixels}, shows each row as the card {@code card} builds, in one
   * column, and hides the others.
   */
  public GridColumns<T> cardsBelow(int pixels, SerializableFunction<T, Component> card) {
    cards = grid.addComponentColumn(card::apply).setKey("card").setFlexGrow(1);
    cardsBelow = pixels;
    grid.addClassName("otopair-grid-cards");
    apply(width);
    return this;
  }

  private void follow(UI ui) {
    Page page = ui.getPage();
    if (resizing == null) {
      resizing = page.addBrowserWindowResizeListener(resize -> apply(resize.getWidth()));
    }
    ExtendedClientDetails known = page.getExtendedClientDetails();
    if (known != null && known.getWindowInnerWidth() > 0) {
      apply(known.getWindowInnerWidth());
    } else {
      page.retrieveExtendedClientDetails(details -> apply(details.getWindowInnerWidth()));
    }
  }

  /** Shows the columns that fit a window {@code pixels} wide. */
  public void apply(int pixels) {
    width = pixels;
    boolean asCards = cards != null && pixels < cardsBelow;
    List<Grid.Column<T>> columns = new ArrayList<>(grid.getColumns());
    for (Grid.Column<T> column : columns) {
      if (column == cards) {
        column.setVisible(asCards);
      } else {
        Integer below = hiddenBelow.get(column);
        column.setVisible(!asCards && (below == null || pixels >= below));
      }
    }
    grid.getElement().setAttribute("data-layout", asCards ? "cards" : "columns");
  }

  /**
   * A row shown as a card: a title line with the first of {@code trailing} (a badge) beside it,
   * muted lines beneath, and the rest of {@code trailing} (actions) at the bottom.
   */
  public static Div card(String title, List<String> lines, Component... trailing) {
    var head = new Div();
    head.addClassName("otopair-grid-card-head");
    var strong = new Div(title);
    strong.addClassName("otopair-grid-card-title");
    head.add(strong);
    if (trailing.length > 0) {
      head.add(trailing[0]);
    }
    var card = new Div(head);
    card.addClassName("otopair-grid-card");
    for (String line : lines) {
      if (!line.isBlank()) {
        var text = new Div(line);
        text.addClassName("otopair-grid-card-line");
        card.add(text);
      }
    }
    if (trailing.length > 1) {
      var actions = new Div(Arrays.copyOfRange(trailing, 1, trailing.length));
      actions.addClassName("otopair-grid-card-actions");
      card.add(actions);
    }
    return card;
  }
}

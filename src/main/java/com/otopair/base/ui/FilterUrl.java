package com.otopair.base.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one way a list keeps its filters in the address, so a bookmark, a shared link, a reload or
 * the back button brings the same list back. A view names its filter fields once; {@link
 * #read(BeforeEnterEvent)} fills them from the address in {@code beforeEnter}, and every change of
 * a field refreshes the list and rewrites the address with {@code replaceState} (no new history
 * entry per keystroke). A value the address carries that the field can't take (an unknown status, a
 * mangled date) is ignored, never an error.
 */
public final class FilterUrl implements Serializable {

  private final String path;
  private final Runnable refresh;
  private final List<Part> parameters = new ArrayList<>();
  private boolean restoring;
  private boolean onEveryChange = true;

  private FilterUrl(String path, Runnable refresh) {
    this.path = path;
    this.refresh = refresh;
  }

  /**
   * Filters of the list at {@code path} (a route without a leading slash); {@code refresh} reloads
   * the list after a change.
   */
  public static FilterUrl at(String path, Runnable refresh) {
    return new FilterUrl(path, refresh);
  }

  /**
   * For a form the user submits (a search with a button): changing a field does nothing by itself;
   * the view calls {@link #write()} once the search has run.
   */
  public FilterUrl onSubmit() {
    onEveryChange = false;
    return this;
  }

  /** A text filter: absent from the address while blank, trimmed when written. */
  public FilterUrl text(String name, HasValue<?, String> field) {
    return add(name, field, Optional::of, value -> value.isBlank() ? null : value.trim(), "");
  }

  /** A choice among an enum's constants, by name; {@code null} (any) is absent from the address. */
  public <E extends Enum<E>> FilterUrl choice(
      String name, HasValue<?, @Nullable E> field, Class<E> type) {
    return add(
        name,
        field,
        value ->
            Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value))
                .findFirst(),
        Enum::name,
        null);
  }

  /**
   * A choice among known strings; {@code any} (the "all" entry of the field) is absent from the
   * address.
   */
  public FilterUrl choice(String name, HasValue<?, String> field, Set<String> known, String any) {
    return add(
        name,
        field,
        value -> known.contains(value) ? Optional.of(value) : Optional.empty(),
        value -> value == null || value.equals(any) ? null : value,
        any);
  }

  /** One of a list's items (a shop, say), written by its {@code key}; {@code null} is absent. */
  public <T> FilterUrl item(
      String name, HasValue<?, @Nullable T> field, Collection<T> items, Function<T, String> key) {
    return add(
        name,
        field,
        value -> items.stream().filter(item -> key.apply(item).equals(value)).findFirst(),
        key,
        null);
  }

  /** A date, written as 2026-03-09; {@code null} is absent. */
  public FilterUrl date(String name, HasValue<?, @Nullable LocalDate> field) {
    return add(name, field, FilterUrl::parseDate, LocalDate::toString, null);
  }

  /**
   * Any other filter: {@code parse} reads the address's text (empty when it can't), {@code format}
   * writes a value (null leaves the parameter out), and {@code empty} is the field's value when the
   * address has none.
   */
  public <T> FilterUrl add(
      String name,
      HasValue<?, T> field,
      Function<String, Optional<T>> parse,
      Function<T, @Nullable String> format,
      @Nullable T empty) {
    parameters.add(new Parameter<>(name, field, parse, format, empty));
    field.addValueChangeListener(change -> changed());
    return this;
  }

  /**
   * The grid's order, written as {@code startsAt,desc}: the column's first sort property and its
   * direction. {@code fallback} (the order the grid starts with) is absent from the address, and so
   * is an order the address names that no column offers. Only a grid sorted by one column at a time
   * ({@code setMultiSort(false)}) is kept whole.
   */
  public <T> FilterUrl sort(String name, Grid<T> grid, GridSortOrder<T> fallback) {
    parameters.add(new SortParameter<>(name, grid, fallback));
    grid.addSortListener(change -> changed());
    return this;
  }

  /** Fills the fields from the address being entered, then refreshes the list once. */
  public void read(BeforeEnterEvent event) {
    read(event.getLocation().getQueryParameters());
  }

  void read(QueryParameters query) {
    restoring = true;
    try {
      parameters.forEach(parameter -> parameter.read(query));
    } finally {
      restoring = false;
    }
    refresh.run();
  }

  /** Where the list with its current filters lives: what a bookmark brings back. */
  public Location location() {
    Map<String, List<String>> query = new LinkedHashMap<>();
    parameters.forEach(parameter -> parameter.write(query));
    return new Location(path, new QueryParameters(query));
  }

  private static Optional<LocalDate> parseDate(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException mangled) {
      return Optional.empty();
    }
  }

  private void changed() {
    if (restoring || !onEveryChange) {
      return;
    }
    refresh.run();
    write();
  }

  /** Puts the current filters in the address bar, replacing the entry (no new history step). */
  public void write() {
    UI ui = UI.getCurrent();
    if (ui != null) {
      ui.getPage().getHistory().replaceState(null, location());
    }
  }

  /** One part of the address: it fills its field from the address and writes it back. */
  private interface Part extends Serializable {

    void read(QueryParameters query);

    void write(Map<String, List<String>> query);
  }

  private record SortParameter<T>(String name, Grid<T> grid, GridSortOrder<T> fallback)
      implements Part {

    @Override
    public void read(QueryParameters query) {
      GridSortOrder<T> order = query.getSingleParameter(name).flatMap(this::parse).orElse(fallback);
      grid.sort(List.of(order));
    }

    private Optional<GridSortOrder<T>> parse(String text) {
      String[] parts = text.split(",", -1);
      if (parts.length > 2) {
        return Optional.empty();
      }
      SortDirection direction;
      if (parts.length == 1 || parts[1].equalsIgnoreCase("asc")) {
        direction = SortDirection.ASCENDING;
      } else if (parts[1].equalsIgnoreCase("desc")) {
        direction = SortDirection.DESCENDING;
      } else {
        return Optional.empty();
      }
      return grid.getColumns().stream()
          .filter(column -> column.isSortable() && parts[0].equals(property(column)))
          .findFirst()
          .map(column -> new GridSortOrder<>(column, direction));
    }

    private static @Nullable String property(Grid.Column<?> column) {
      return column
          .getSortOrder(SortDirection.ASCENDING)
          .findFirst()
          .map(QuerySortOrder::getSorted)
          .orElse(null);
    }

    @Override
    public void write(Map<String, List<String>> query) {
      List<GridSortOrder<T>> orders = grid.getSortOrder();
      if (orders.isEmpty()) {
        return;
      }
      GridSortOrder<T> order = orders.getFirst();
      if (order.getSorted() == fallback.getSorted()
          && order.getDirection() == fallback.getDirection()) {
        return;
      }
      String property = property(order.getSorted());
      if (property != null) {
        query.put(
            name,
            List.of(
                property + (order.getDirection() == SortDirection.ASCENDING ? ",asc" : ",desc")));
      }
    }
  }

  private record Parameter<T>(
      String name,
      HasValue<?, T> field,
      Function<String, Optional<T>> parse,
      Function<T, @Nullable String> format,
      @Nullable T empty)
      implements Part {

    @Override
    public void read(QueryParameters query) {
      field.setValue(query.getSingleParameter(name).flatMap(parse).orElse(empty));
    }

    @Override
    public void write(Map<String, List<String>> query) {
      T value = field.getValue();
      String text = value == null ? null : format.apply(value);
      if (text != null) {
        query.put(name, List.of(text));
      }
    }
  }
}

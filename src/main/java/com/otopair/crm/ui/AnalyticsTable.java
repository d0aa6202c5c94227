package com.otopair.crm.ui;

import com.otopair.base.Csv;
import com.otopair.base.ui.GridColumns;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One table of the analytics page in its card: a heading, one sentence, charts over it if any, the
 * grid (which scrolls inside the card on a phone) and its CSV download. Each column is declared
 * once with its header, its text for the page and its value for the file, so the file always holds
 * what the table shows, unformatted.
 */
class AnalyticsTable<T> extends Div {

  /** A column: the header (in the page's language), the cell's text, the file's value. */
  record Column<T>(String header, Function<T, String> text, Function<T, @Nullable Object> value) {}

  final Grid<T> grid = new Grid<>();
  final Anchor download;
  private final Paragraph lead = new Paragraph();
  private final Div charts = new Div();
  private final List<Column<T>> columns = new ArrayList<>();
  private final String fileName;
  private volatile byte[] file = new byte[0];
  private List<T> rows = List.of();

  AnalyticsTable(String id, String title, String fileName, String emptyText) {
    this.fileName = fileName;
    setId(id);
    addClassNames("otopair-card", "otopair-analytics-card");
    grid.setId(id + "-grid");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    grid.setEmptyStateText(emptyText);
    grid.addClassName("otopair-analytics-grid");
    charts.addClassName("otopair-analytics-charts");
    charts.setVisible(false);
    download =
        new Anchor(
            DownloadHandler.fromInputStream(
                event -> {
                  byte[] bytes = file;
                  return new DownloadResponse(
                      new ByteArrayInputStream(bytes),
                      this.fileName,
                      "text/csv; charset=utf-8", // i18n: a media type
                      bytes.length);
                }),
            getTranslation("crm.analytics.download"));
    download.setDownload(true);
    download.setId(id + "-csv");
    download.addClassName("otopair-analytics-download");
    download
        .getElement()
        .setAttribute("aria-label", getTranslation("crm.analytics.download.label", title));
    // On a phone each row is one card: the first column as its title, the others as "header:
    // value".
    GridColumns.of(grid)
        .cardsBelow(
            640,
            row ->
                GridColumns.card(
                    columns.isEmpty() ? "" : columns.getFirst().text().apply(row),
                    columns.stream()
                        .skip(1)
                        .map(
                            c ->
                                getTranslation(
                                    "crm.analytics.card.line", c.header(), c.text().apply(row)))
                        .toList()));
    var heading = new H2(title);
    add(heading, lead, charts, grid, download);
  }

  AnalyticsTable<T> lead(String text) {
    lead.setText(text);
    return this;
  }

  AnalyticsTable<T> charts(Component... shown) {
    charts.add(shown);
    charts.setVisible(true);
    return this;
  }

  AnalyticsTable<T> column(
      String key, String header, Function<T, String> text, Function<T, @Nullable Object> value) {
    columns.add(new Column<>(header, text, value));
    grid.addColumn(text::apply).setHeader(header).setKey(key).setAutoWidth(true).setFlexGrow(0);
    return this;
  }

  /** Shows these rows and makes the file of them. */
  void show(List<T> shown) {
    rows = List.copyOf(shown);
    grid.setItems(rows);
    grid.setAllRowsVisible(rows.size() <= 12);
    grid.setHeight(rows.size() <= 12 ? null : "24rem");
    file = csv().bytes();
  }

  List<T> rows() {
    return rows;
  }

  /** The table as its CSV download writes it. */
  Csv csv() {
    Csv csv = Csv.withHeader(columns.stream().map(Column::header).toList());
    for (T row : rows) {
      csv.row(columns.stream().map(c -> c.value().apply(row)).toArray());
    }
    return csv;
  }

  /** The bytes the download link serves now. */
  byte[] file() {
    return file;
  }
}

package com.otopair.base.ui.chart;

import com.otopair.base.ui.chart.Chart.Cell;
import com.otopair.base.ui.chart.Chart.Kind;
import com.otopair.base.ui.chart.Chart.Series;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * The table of a {@link Chart}'s numbers that screen readers read (visually hidden by {@code
 * otopair-chart.css}): the title as its caption, a column per category, a row per series (or per
 * heat-map row), each value written as the chart's style writes it.
 */
final class ChartTable {

  private ChartTable() {}

  static void fill(
      NativeTable table,
      Kind kind,
      String title,
      List<String> categories,
      List<Series> series,
      List<String> rows,
      List<Cell> cells,
      double gaugeValue,
      DoubleFunction<String> format) {
    table.removeAll();
    var caption = new NativeTableCaption();
    caption.setText(title);
    table.add(caption);
    if (kind == Kind.GAUGE) {
      var body = new NativeTableBody();
      body.add(new NativeTableRow(new NativeTableCell(format.apply(gaugeValue))));
      table.add(body);
      return;
    }
    var head = new NativeTableHeader();
    var headRow = new NativeTableRow(new NativeTableHeaderCell(""));
    categories.forEach(name -> headRow.add(new NativeTableHeaderCell(name)));
    head.add(headRow);
    var body = new NativeTableBody();
    if (kind == Kind.HEAT_MAP) {
      for (int y = 0; y < rows.size(); y++) {
        var row = new NativeTableRow(new NativeTableHeaderCell(rows.get(y)));
        for (int x = 0; x < categories.size(); x++) {
          row.add(new NativeTableCell(format.apply(valueAt(cells, x, y))));
        }
        body.add(row);
      }
    } else {
      for (Series one : series) {
        var row = new NativeTableRow(new NativeTableHeaderCell(one.name()));
        one.values()
            .forEach(value -> row.add(new NativeTableCell(format.apply(value.doubleValue()))));
        body.add(row);
      }
    }
    table.add(head, body);
  }

  private static double valueAt(List<Cell> cells, int x, int y) {
    return cells.stream()
        .filter(cell -> cell.x() == x && cell.y() == y)
        .mapToDouble(Cell::value)
        .findFirst()
        .orElse(0);
  }
}

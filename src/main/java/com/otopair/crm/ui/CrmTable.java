package com.otopair.crm.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/**
 * A plain table of the CRM's numbers that scrolls sideways inside its card on a narrow screen:
 * headings, then rows whose first cell names the row.
 */
class CrmTable extends Div {

  private final NativeTable table = new NativeTable();
  private final NativeTableBody body = new NativeTableBody();

  CrmTable(String id, List<String> headings) {
    setId(id);
    addClassName("otopair-crm-scroll");
    table.addClassName("otopair-crm-table");
    var head = new NativeTableRow();
    headings.forEach(heading -> head.add(new NativeTableHeaderCell(heading)));
    table.add(new NativeTableHeader(head), body);
    add(table);
  }

  void clear() {
    body.removeAll();
  }

  /** A row of texts: the first names the row. */
  void addRow(List<String> cells) {
    var row = new NativeTableRow();
    for (int i = 0; i < cells.size(); i++) {
      row.add(i == 0 ? new NativeTableHeaderCell(cells.get(i)) : new NativeTableCell(cells.get(i)));
    }
    body.add(row);
  }

  /** A row of texts and one component (a link) at its end. */
  void addRow(List<String> cells, Component last) {
    addRow(cells);
    var cell = new NativeTableCell();
    cell.add(last);
    ((NativeTableRow) body.getChildren().reduce((a, b) -> b).orElseThrow()).add(cell);
  }

  /** The texts of each row, cell by cell: what tests read. */
  List<List<String>> rows() {
    return body.getChildren()
        .map(
            row ->
                row.getChildren()
                    .map(cell -> cell.getElement().getTextRecursively().strip())
                    .toList())
        .toList();
  }

  int size() {
    return (int) body.getChildren().count();
  }
}

package com.otopair.crm.ui;

import com.otopair.base.Formats;
import com.otopair.base.ui.chart.Chart;
import com.otopair.crm.FunnelRow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * The funnel from intake to a follow-up or a booking: a chart, its definition in one sentence, and
 * a table of each step's customers and the share of the step before who reached it.
 */
class FunnelCard extends Div {

  final Chart chart = Chart.funnel(getTranslation("crm.funnel.title"));
  final CrmTable table =
      new CrmTable(
          "crm-funnel-table",
          List.of(
              getTranslation("crm.funnel.column.step"),
              getTranslation("crm.funnel.column.customers"),
              getTranslation("crm.funnel.column.rate")));
  final Paragraph empty = new Paragraph(getTranslation("crm.funnel.empty"));

  FunnelCard() {
    setId("crm-funnel");
    addClassNames("otopair-card", "otopair-crm-card");
    chart.setEmptyText(getTranslation("crm.funnel.empty"));
    chart.addClassName("otopair-crm-chart");
    var definition = new Paragraph(getTranslation("crm.funnel.definition"));
    definition.setId("crm-funnel-definition");
    empty.setId("crm-funnel-empty");
    add(new H2(getTranslation("crm.funnel.title")), definition, chart, empty, table);
  }

  void show(List<FunnelRow> rows) {
    Formats formats = Formats.current();
    List<String> steps = rows.stream().map(row -> getTranslation(row.step().labelKey())).toList();
    chart.setSeries(
        steps,
        List.of(
            new Chart.Series(
                getTranslation("crm.funnel.column.customers"),
                rows.stream().map(FunnelRow::customers).toList())));
    table.clear();
    for (int i = 0; i < rows.size(); i++) {
      FunnelRow row = rows.get(i);
      table.addRow(
          List.of(
              steps.get(i),
              formats.count(row.customers()),
              row.rate() == null
                  ? getTranslation("crm.funnel.rate.none")
                  : formats.share(row.rate())));
    }
    boolean nothing = rows.isEmpty() || rows.getFirst().customers() == 0;
    empty.setVisible(nothing);
  }

  /** Nothing to show: the filter was refused. */
  void clear() {
    chart.setSeries(List.of(), List.of());
    table.clear();
    empty.setVisible(true);
  }
}

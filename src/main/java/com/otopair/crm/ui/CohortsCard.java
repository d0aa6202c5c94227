package com.otopair.crm.ui;

import com.otopair.base.Formats;
import com.otopair.base.ui.chart.Chart;
import com.otopair.crm.Cohort;
import com.otopair.crm.CrmReports;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Weekly cohorts: customers by the week they first came, and the share who came back in each week
 * after, as a heat map and a table.
 */
class CohortsCard extends Div {

  final Chart chart = Chart.heatMap(getTranslation("crm.cohorts.title"), Chart.ValueStyle.PERCENT);
  final CrmTable table;
  final Paragraph empty = new Paragraph(getTranslation("crm.cohorts.empty"));

  CohortsCard() {
    setId("crm-cohorts");
    addClassNames("otopair-card", "otopair-crm-card");
    chart.setEmptyText(getTranslation("crm.cohorts.chart-empty"));
    chart.addClassName("otopair-crm-chart");
    List<String> headings = new ArrayList<>();
    headings.add(getTranslation("crm.cohorts.column.week"));
    headings.add(getTranslation("crm.cohorts.column.customers"));
    headings.addAll(weeks());
    table = new CrmTable("crm-cohorts-table", headings);
    empty.setId("crm-cohorts-empty");
    add(
        new H2(getTranslation("crm.cohorts.title")),
        new Paragraph(getTranslation("crm.cohorts.definition")),
        chart,
        empty,
        table);
  }

  private List<String> weeks() {
    return IntStream.rangeClosed(1, CrmReports.COHORT_WEEKS)
        .mapToObj(week -> getTranslation("crm.cohorts.week-after", week))
        .toList();
  }

  void show(List<Cohort> cohorts) {
    Formats formats = Formats.current();
    List<String> rows = new ArrayList<>();
    List<Chart.Cell> cells = new ArrayList<>();
    table.clear();
    for (int y = 0; y < cohorts.size(); y++) {
      Cohort cohort = cohorts.get(y);
      String week = getTranslation("crm.cohorts.week-of", formats.date(cohort.week()));
      rows.add(week);
      List<String> line = new ArrayList<>();
      line.add(week);
      line.add(formats.count(cohort.customers()));
      for (int x = 0; x < CrmReports.COHORT_WEEKS; x++) {
        if (x < cohort.returned().size()) {
          double share = cohort.returned().get(x);
          cells.add(new Chart.Cell(x, y, share * 100));
          line.add(formats.share(share));
        } else {
          line.add(getTranslation("crm.cohorts.not-yet"));
        }
      }
      table.addRow(line);
    }
    chart.setCells(weeks(), rows, cells);
    empty.setVisible(cohorts.isEmpty());
  }

  void clear() {
    show(List.of());
  }
}

package com.otopair.consult.ui;

import com.otopair.base.Formats;
import com.otopair.consult.ReportHeadline;
import com.otopair.consult.SessionReports;
import com.otopair.consult.SessionStatus;
import com.otopair.consult.SessionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Objects;

/**
 * On an ended session's page, its summary: to its mechanic "Write the summary" (or "Summary sent"),
 * to its customer "Read the summary" (or that their mechanic is writing it). Nothing for others or
 * before the end.
 */
class SummaryCard extends Div {

  private final SessionReports reports;

  SummaryCard(SessionReports reports) {
    this.reports = reports;
    addClassName("otopair-card");
    addClassName("otopair-summary-card");
    setId("summary-card");
    setVisible(false);
  }

  void show(SessionSummary s, boolean customer, boolean mechanic) {
    removeAll();
    setVisible(s.status() == SessionStatus.ENDED && (customer || mechanic));
    if (!isVisible()) {
      return;
    }
    ReportHeadline report = reports.headlines(List.of(s.id())).get(s.id());
    boolean sent = report != null && report.sent();
    String title;
    String text;
    String action = null;
    if (mechanic) {
      title = sent ? "consult.summary.card.sent.title" : "consult.summary.card.write.title";
      text =
          sent
              ? getTranslation(
                  "consult.summary.card.sent.text",
                  Formats.current().when(Objects.requireNonNull(report.sentAt()), s.zone()))
              : getTranslation("consult.summary.card.write.text", s.customerName());
      action = sent ? "consult.summary.card.open" : "consult.summary.card.write";
    } else {
      title = sent ? "consult.summary.card.read.title" : "consult.summary.card.writing";
      text =
          getTranslation(
              sent ? "consult.summary.card.read.text" : "consult.summary.card.writing.text",
              s.mechanicName());
      action = sent ? "consult.summary.card.read" : null;
    }
    add(new H3(getTranslation(title)), new Paragraph(text));
    if (action != null) {
      var open =
          new Button(
              getTranslation(action),
              e -> getUI().ifPresent(ui -> ui.navigate("sessions/" + s.id() + "/summary")));
      open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      open.setId("open-summary");
      add(open);
    }
  }
}

package com.otopair.consult.ui;

import com.otopair.base.Formats;
import com.otopair.consult.ReportHeadline;
import com.otopair.consult.SessionReports;
import com.otopair.consult.SessionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A mechanic's ended sessions, latest first: each with its summary's urgency once sent, or the way
 * to write it.
 */
class PastSessions extends Div {

  final Div list = new Div();

  PastSessions(SessionReports reports) {
    list.setId("past-sessions");
    list.addClassName("otopair-session-list");
    add(new H3(getTranslation("consult.sessions.past")), list);
    List<SessionReports.PastSession> past = reports.past();
    if (past.isEmpty()) {
      var empty = new Paragraph(getTranslation("consult.sessions.past.empty"));
      empty.addClassName("otopair-empty");
      list.add(empty);
    }
    past.forEach(p -> list.add(card(p.session(), p.report())));
  }

  private Div card(SessionSummary s, @Nullable ReportHeadline report) {
    var card = new Div();
    card.addClassName("otopair-card");
    card.addClassName("otopair-session-card");
    card.getElement().setAttribute("data-session", s.id().toString());
    var when =
        new Paragraph(
            getTranslation(
                "consult.sessions.past.when",
                s.customerName(),
                Formats.current()
                    .shortWhen(
                        Objects.requireNonNullElse(s.endedAt(), s.requestedAt()), s.zone())));
    when.addClassName("otopair-muted");
    card.add(new H3(s.vehicle()), when);
    boolean sent = report != null && report.sent();
    if (sent) {
      card.add(SessionLabels.urgency(report.urgency()));
    }
    var open =
        new Button(
            getTranslation(sent ? "consult.sessions.past.open" : "consult.sessions.past.write"),
            e -> getUI().ifPresent(ui -> ui.navigate("sessions/" + s.id() + "/summary")));
    if (!sent) {
      open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }
    card.add(open);
    return card;
  }
}

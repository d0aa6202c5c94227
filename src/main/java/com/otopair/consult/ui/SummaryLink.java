package com.otopair.consult.ui;

import com.otopair.base.I18n;
import com.otopair.consult.ReportHeadline;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** In a list of sessions, a sent summary: how urgent, and the link that opens it. */
final class SummaryLink {

  private SummaryLink() {}

  static Optional<Div> of(@Nullable ReportHeadline report) {
    if (report == null || !report.sent()) {
      return Optional.empty();
    }
    var link =
        new Anchor(
            "sessions/" + report.sessionId() + "/summary", I18n.t("consult.mine.card.summary"));
    link.addClassName("otopair-summary-link");
    var row = new Div(SessionLabels.urgency(report.urgency()), link);
    row.addClassName("otopair-summary-row");
    return Optional.of(row);
  }
}

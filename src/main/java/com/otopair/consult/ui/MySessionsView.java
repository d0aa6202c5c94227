package com.otopair.consult.ui;

import com.otopair.base.Formats;
import com.otopair.base.Roles;
import com.otopair.consult.EndReason;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.ReportHeadline;
import com.otopair.consult.SessionReports;
import com.otopair.consult.SessionStatus;
import com.otopair.consult.SessionSummary;
import com.otopair.shops.ShopMembership;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The customer's live sessions, newest first, with the one that waits or runs now on top: each a
 * card that opens the session. Without any, the way to a shop that helps remotely.
 */
@Route("my-sessions")
@PageTitle("consult.mine.title")
@Menu(order = 6, icon = "vaadin:headset", title = "consult.menu.mine")
@RolesAllowed(Roles.CUSTOMER)
class MySessionsView extends Main {

  final Div list = new Div();

  private final ShopMembership shops;
  private final Map<UUID, ZoneId> zones = new HashMap<>();
  private final Map<UUID, ReportHeadline> summaries;

  MySessionsView(LiveSessions live, SessionReports reports, ShopMembership shops) {
    this.shops = shops;
    addClassName("otopair-page");
    list.setId("my-sessions");
    List<SessionSummary> mine =
        live.mine().stream()
            .sorted(Comparator.comparing((SessionSummary s) -> s.status().finished()))
            .toList();
    summaries = reports.headlines(mine.stream().map(SessionSummary::id).toList());
    if (mine.isEmpty()) {
      var empty =
          new Div(
              new Paragraph(getTranslation("consult.mine.empty")),
              new Anchor("find", getTranslation("consult.mine.find")));
      empty.addClassName("otopair-card");
      empty.setId("my-sessions-empty");
      list.add(empty);
    }
    mine.forEach(s -> list.add(card(s)));
    add(list);
  }

  private Div card(SessionSummary s) {
    boolean now = !s.status().finished();
    var title = new H3(getTranslation("consult.mine.card.title", s.serviceName(), s.shopName()));
    var when =
        new Paragraph(
            getTranslation(
                "consult.mine.card.when",
                Formats.current().shortWhen(s.requestedAt(), zone(s.shopId()))));
    var who = new Paragraph(who(s));
    who.addClassName("otopair-muted");
    var open =
        new Button(
            getTranslation(now ? "consult.sessions.open-active" : "consult.sessions.open"),
            e -> getUI().ifPresent(ui -> ui.navigate("sessions/" + s.id())));
    if (now) {
      open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }
    var card = new Div(title, SessionLabels.badge(s.status()), when, who, open);
    SummaryLink.of(summaries.get(s.id())).ifPresent(card::add);
    card.addClassName("otopair-card");
    card.getElement().setAttribute("data-session", s.id().toString());
    return card;
  }

  /** Who helped, or why nobody did. */
  private String who(SessionSummary s) {
    if (s.mechanicName() != null) {
      return getTranslation("consult.mine.card.mechanic", s.mechanicName());
    }
    EndReason reason = s.endReason();
    if (s.status() == SessionStatus.WAITING || reason == null) {
      return getTranslation("consult.waiting.heading");
    }
    return reason.label();
  }

  private ZoneId zone(UUID shopId) {
    return zones.computeIfAbsent(shopId, shops::zoneOf);
  }
}

package com.otopair.crm.ui;

import com.otopair.base.Roles;
import com.otopair.crm.Analytics;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * The marketplace's analytics, for admins: every shop's bookings, revenue, categories, the top
 * shops and the mechanics, in one currency at a time (CAD and USD are never added up), by days in
 * UTC.
 */
@Route("admin/analytics")
@PageTitle("crm.analytics.title.admin")
@Menu(order = 111, icon = "vaadin:chart", title = "crm.analytics.menu.admin")
@RolesAllowed(Roles.ADMIN)
class AdminAnalyticsView extends Main implements BeforeEnterObserver {

  final AnalyticsBoard board;

  AdminAnalyticsView(Analytics analytics, Clock clock) {
    addClassNames("otopair-page", "otopair-analytics-page");
    var heading = new H2(getTranslation("crm.analytics.heading.admin"));
    heading.addClassName("otopair-page-title");
    heading.setId("analytics-heading");
    board =
        new AnalyticsBoard(
            analytics, null, ZoneOffset.UTC, AnalyticsBoard.CAD, "admin/analytics", clock);
    add(heading, board);
  }

  Location filterLocation() {
    return board.location();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    board.read(event);
  }
}

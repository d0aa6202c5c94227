package com.otopair.booking.ui;

import com.otopair.base.I18n;
import com.otopair.base.Roles;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.MyBookings;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The customer's bookings: upcoming first, then past and cancelled ones. */
@Route("bookings")
@PageTitle("booking.my.title")
@Menu(order = 5, icon = "vaadin:calendar-user", title = "booking.menu.my")
@RolesAllowed(Roles.CUSTOMER)
class MyBookingsView extends Main {

  final Div upcoming = new Div();
  final Div past = new Div();

  MyBookingsView(MyBookings bookings, Clock clock) {
    addClassName("otopair-page");
    Instant now = clock.instant();
    List<BookingSummary> mine =
        bookings.list().stream()
            .filter(
                b ->
                    b.status() != BookingStatus.EXPIRED
                        && b.status() != BookingStatus.RESCHEDULED
                        && b.status() != BookingStatus.HELD)
            .toList();
    List<BookingSummary> ahead =
        mine.stream()
            .filter(b -> b.status() == BookingStatus.CONFIRMED && b.start().isAfter(now))
            .sorted(Comparator.comparing(BookingSummary::start))
            .toList();
    List<BookingSummary> behind = mine.stream().filter(b -> !ahead.contains(b)).toList();

    upcoming.setId("upcoming-bookings");
    upcoming.addClassName("otopair-card");
    upcoming.add(new H2(getTranslation("booking.my.upcoming")));
    if (ahead.isEmpty()) {
      upcoming.add(
          new Paragraph(getTranslation("booking.my.empty")),
          new Anchor("find", getTranslation("booking.my.find")));
    }
    ahead.forEach(b -> upcoming.add(row(b)));
    add(upcoming);
    if (!behind.isEmpty()) {
      past.setId("past-bookings");
      past.addClassName("otopair-card");
      past.add(new H2(getTranslation("booking.my.past")));
      behind.forEach(b -> past.add(row(b)));
      add(past);
    }
  }

  private static Div row(BookingSummary b) {
    var title = new H3(I18n.t("booking.card.title", b.serviceName(), b.shopName()));
    var when = new Paragraph(SlotLabels.when(b.start(), b.zone()) + " · " + b.mechanicName());
    var status = BookingLabels.badge(b);
    var open = new Anchor("bookings/" + b.id(), I18n.t("booking.my.details"));
    var row = new Div(title, when, status, open);
    row.addClassName("otopair-booking-row");
    return row;
  }
}

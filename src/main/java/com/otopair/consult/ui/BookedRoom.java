package com.otopair.consult.ui;

import com.otopair.base.Formats;
import com.otopair.consult.SessionStatus;
import com.otopair.consult.SessionSummary;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Objects;

/**
 * A booked session before its mechanic joins: when it starts and with whom, then that its time has
 * come. Its customer changes or cancels it on the booking's page; its mechanic joins from here.
 */
class BookedRoom extends Div {

  final H3 heading = new H3();
  final Paragraph text = new Paragraph();

  BookedRoom(SessionSummary session, boolean customer) {
    addClassNames("otopair-card", "otopair-booked-room");
    setId("booked-room");
    String when =
        Formats.current().when(Objects.requireNonNull(session.startsAt()), session.zone());
    String other = customer ? String.valueOf(session.bookedMechanicName()) : session.customerName();
    boolean open = session.status() == SessionStatus.WAITING;
    heading.setText(
        open
            ? getTranslation("consult.booked.open.heading", other)
            : getTranslation("consult.booked.scheduled.heading", other, when));
    text.setText(
        getTranslation(
            (customer ? "consult.booked.customer." : "consult.booked.mechanic.")
                + (open ? "open" : "scheduled"),
            other));
    add(heading, text);
    if (customer && session.bookingId() != null) {
      var manage =
          new Anchor("bookings/" + session.bookingId(), getTranslation("consult.booked.manage"));
      manage.setId("manage-booking");
      add(manage);
    }
  }
}

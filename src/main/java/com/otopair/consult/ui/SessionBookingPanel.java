package com.otopair.consult.ui;

import com.otopair.booking.BookingPagePanel;
import com.otopair.consult.LiveSessions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import java.util.UUID;

/** On the booking page of a booked live session: where the customer meets their mechanic. */
@org.springframework.stereotype.Component
class SessionBookingPanel implements BookingPagePanel {

  private final LiveSessions live;

  SessionBookingPanel(LiveSessions live) {
    this.live = live;
  }

  @Override
  public Optional<Component> panelFor(UUID bookingId) {
    return live.ofBooking(bookingId)
        .map(
            session -> {
              var card = new Div();
              card.addClassNames("otopair-card", "otopair-live-card");
              card.setId("booking-session");
              var open =
                  new Anchor(
                      "sessions/" + session.id(),
                      card.getTranslation("consult.booking-panel.open"));
              open.addClassName("otopair-button-link");
              card.add(
                  new Paragraph(
                      card.getTranslation("consult.booking-panel.text", session.whoToMeet())),
                  open);
              return card;
            });
  }
}

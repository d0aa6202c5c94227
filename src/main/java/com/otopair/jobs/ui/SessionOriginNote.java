package com.otopair.jobs.ui;

import com.otopair.booking.BookingPagePanel;
import com.otopair.jobs.RepairOrigins;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import java.util.UUID;

/**
 * A small note on the customer's booking page when they booked the repair from their remote
 * session's summary: "Booked from your remote session with Béa Roy".
 */
@org.springframework.stereotype.Component
class SessionOriginNote implements BookingPagePanel {

  private final RepairOrigins origins;

  SessionOriginNote(RepairOrigins origins) {
    this.origins = origins;
  }

  @Override
  public Optional<Component> panelFor(UUID bookingId) {
    return origins.sessionMechanicOfMyBooking(bookingId).map(SessionOriginNote::note);
  }

  private static Component note(String mechanic) {
    var note = new Paragraph();
    note.setText(note.getTranslation("jobs.booking.from-session", mechanic));
    note.setId("booking-from-session");
    note.addClassName("otopair-muted");
    return note;
  }
}

package com.otopair.booking.ui;

import com.otopair.booking.BookingSummary;
import com.otopair.scheduling.BookingPolicy;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** A booking's details and its cancellation rules, as the booking and manage pages show them. */
final class BookingCard {

  private BookingCard() {}

  static Div details(BookingSummary b, boolean justBooked) {
    var heading = new H2(justBooked ? "You're booked" : b.serviceName() + " at " + b.shopName());
    heading.setId("booking-heading");
    var status = BookingLabels.badge(b);
    status.setId("booking-status");
    var card =
        new Div(
            heading,
            status,
            new Paragraph(b.serviceName() + " at " + b.shopName() + " with " + b.mechanicName()),
            new Paragraph(SlotLabels.when(b.start(), b.zone())),
            new Paragraph(b.price().format() + SlotLabels.peak(b.multiplier())));
    card.addClassName("otopair-card");
    card.setId("booking-card");
    if (b.vehicle() != null) {
      card.add(new Paragraph(b.vehicle() + (b.problem().isBlank() ? "" : ": " + b.problem())));
    }
    if (b.cancelReason() != null && !b.cancelReason().isBlank()) {
      card.add(new Paragraph("Reason: " + b.cancelReason()));
    }
    card.add(new Anchor("shops/" + b.shopSlug(), b.shopName() + "'s page"));
    return card;
  }

  static Paragraph rules(BookingSummary b, BookingPolicy policy) {
    int movesLeft = policy.rescheduleLimit() - b.rescheduleCount();
    var rules =
        new Paragraph(
            "Free cancellation until "
                + SlotLabels.when(b.start().minus(policy.cancellationWindow()), b.zone())
                + "; later it is marked late. "
                + (movesLeft > 0
                    ? "You can move it "
                        + movesLeft
                        + (movesLeft == 1 ? " more time." : " more times.")
                    : "It can't be moved again."));
    rules.setId("booking-rules");
    return rules;
  }
}

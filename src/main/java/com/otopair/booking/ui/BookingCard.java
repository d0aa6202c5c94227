package com.otopair.booking.ui;

import com.otopair.base.I18n;
import com.otopair.base.ui.Badge;
import com.otopair.booking.BookingSummary;
import com.otopair.scheduling.BookingPolicy;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** A booking's details and its cancellation rules, as the booking and manage pages show them. */
final class BookingCard {

  private BookingCard() {}

  static Div details(BookingSummary b, boolean justBooked) {
    var heading =
        new H2(
            justBooked
                ? I18n.t("booking.card.booked")
                : I18n.t("booking.card.title", b.serviceName(), b.shopName()));
    heading.setId("booking-heading");
    var status = BookingLabels.badge(b);
    status.setId("booking-status");
    var source = BookingLabels.source(b);
    source.setId("booking-source");
    var card =
        new Div(
            heading,
            badges(status, source),
            new Paragraph(
                I18n.t("booking.card.with", b.serviceName(), b.shopName(), b.mechanicName())),
            new Paragraph(SlotLabels.when(b.start(), b.zone())),
            new Paragraph(b.price().format() + SlotLabels.peak(b.multiplier())));
    card.addClassName("otopair-card");
    card.setId("booking-card");
    if (b.vehicle() != null) {
      card.add(
          new Paragraph(
              b.problem().isBlank()
                  ? b.vehicle()
                  : I18n.t("booking.card.vehicle-problem", b.vehicle(), b.problem())));
    }
    if (b.cancelReason() != null && !b.cancelReason().isBlank()) {
      card.add(new Paragraph(I18n.t("booking.card.reason", b.cancelReason())));
    }
    card.add(new Anchor("shops/" + b.shopSlug(), I18n.t("booking.card.shop-page", b.shopName())));
    return card;
  }

  /** The status and where the booking was made, side by side and wrapping on a phone. */
  static Span badges(Badge status, Badge source) {
    var badges = new Span(status, source);
    badges.addClassName("otopair-booking-badges");
    return badges;
  }

  static Paragraph rules(BookingSummary b, BookingPolicy policy) {
    int movesLeft = policy.rescheduleLimit() - b.rescheduleCount();
    var rules =
        new Paragraph(
            I18n.t(
                    "booking.card.free-cancel",
                    SlotLabels.when(b.start().minus(policy.cancellationWindow()), b.zone()))
                + " "
                + (movesLeft > 0
                    ? I18n.t("booking.card.moves-left", movesLeft)
                    : I18n.t("booking.card.no-moves")));
    rules.setId("booking-rules");
    return rules;
  }
}

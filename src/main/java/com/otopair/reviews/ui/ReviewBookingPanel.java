package com.otopair.reviews.ui;

import com.otopair.booking.BookingPagePanel;
import com.otopair.reviews.Reviews;
import com.otopair.reviews.Visit;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.UUID;

/** "Review this visit" on the customer's booking page once its job is done. */
@org.springframework.stereotype.Component
class ReviewBookingPanel implements BookingPagePanel {

  private final Reviews reviews;

  ReviewBookingPanel(Reviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public Optional<Component> panelFor(UUID bookingId) {
    return ReviewVisitCard.of(reviews, Visit.booking(bookingId));
  }
}

package com.otopair.payments.ui;

import com.otopair.base.LiveUpdates;
import com.otopair.booking.BookingPagePanel;
import com.otopair.payments.Payments;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.UUID;

/**
 * The money side of the customer's booking page: what was held, charged or refunded, on which card,
 * and the invoice or receipt to download. It follows the payment live.
 */
@org.springframework.stereotype.Component
class BookingPaymentPanel implements BookingPagePanel {

  private final Payments payments;
  private final LiveUpdates live;

  BookingPaymentPanel(Payments payments, LiveUpdates live) {
    this.payments = payments;
    this.live = live;
  }

  @Override
  public Optional<Component> panelFor(UUID bookingId) {
    return payments
        .forMyBooking(bookingId)
        .map(
            payment ->
                new PaymentCard(
                    live,
                    payment,
                    () -> payments.forMyBooking(bookingId),
                    "invoices/" + payment.id()));
  }

  @Override
  public Optional<Component> panelForLink(UUID bookingId, String token) {
    return payments
        .forBookingLink(bookingId, token)
        .map(
            payment ->
                new PaymentCard(
                    live,
                    payment,
                    () -> payments.forBookingLink(bookingId, token),
                    "invoices/booking/" + bookingId + "?token=" + token));
  }
}

package com.otopair.payments.ui;

import com.otopair.base.I18n;
import com.otopair.base.LiveUpdates;
import com.otopair.booking.BookingPagePanel;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.ManageLinks;
import com.otopair.booking.MyBookings;
import com.otopair.payments.CustomerPayments;
import com.otopair.payments.LinkedPayments;
import com.otopair.payments.PaymentView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import java.util.UUID;

/**
 * The money side of the customer's booking page: what was held, charged or refunded, on which card,
 * and the invoice or receipt to download, followed live; or, with no payment yet, that the customer
 * pays at the shop.
 */
@org.springframework.stereotype.Component
class BookingPaymentPanel implements BookingPagePanel {

  private final CustomerPayments payments;
  private final LinkedPayments linked;
  private final MyBookings bookings;
  private final ManageLinks links;
  private final LiveUpdates live;

  BookingPaymentPanel(
      CustomerPayments payments,
      LinkedPayments linked,
      MyBookings bookings,
      ManageLinks links,
      LiveUpdates live) {
    this.payments = payments;
    this.linked = linked;
    this.bookings = bookings;
    this.links = links;
    this.live = live;
  }

  @Override
  public Optional<Component> panelFor(UUID bookingId) {
    BookingSummary booking = bookings.booking(bookingId);
    Optional<PaymentView> payment = payments.forMyBooking(bookingId);
    if (payment.isEmpty()) {
      return atTheShop(booking);
    }
    return Optional.of(
        new PaymentCard(
            live,
            payment.get(),
            booking.zone(),
            () -> payments.forMyBooking(bookingId),
            "invoices/" + payment.get().id()));
  }

  @Override
  public Optional<Component> panelForLink(UUID bookingId, String token) {
    BookingSummary booking = links.view(bookingId, token);
    Optional<PaymentView> payment = linked.forBooking(bookingId, token);
    if (payment.isEmpty()) {
      return atTheShop(booking);
    }
    return Optional.of(
        new PaymentCard(
            live,
            payment.get(),
            booking.zone(),
            () -> linked.forBooking(bookingId, token),
            "invoices/booking/" + bookingId + "?token=" + token));
  }

  private static Optional<Component> atTheShop(BookingSummary booking) {
    if (booking.status() != BookingStatus.CONFIRMED) {
      return Optional.empty();
    }
    var headline = new Paragraph(I18n.t("payments.customer.at-shop", booking.price().format()));
    headline.setId("payment-headline");
    headline.addClassName("otopair-strong");
    var card =
        new Div(
            new H2(I18n.t("payments.customer.title")),
            headline,
            new Paragraph(I18n.t("payments.customer.at-shop.note")));
    card.addClassName("otopair-card");
    card.setId("booking-payment");
    return Optional.of(card);
  }
}

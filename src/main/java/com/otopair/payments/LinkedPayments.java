package com.otopair.payments;

import com.otopair.base.NotFoundException;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.ManageLinks;
import com.otopair.payments.domain.Payment;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A booking's payment and invoice for someone holding the booking's signed manage link, signed in
 * or not: the link's token is the permission, checked by the booking module.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class LinkedPayments {

  private final ManageLinks bookings;
  private final PaymentRecords records;
  private final PaymentViews views;
  private final Invoices invoices;

  LinkedPayments(
      ManageLinks bookings, PaymentRecords records, PaymentViews views, Invoices invoices) {
    this.bookings = bookings;
    this.records = records;
    this.views = views;
    this.invoices = invoices;
  }

  /** The payment of the booking the link opens, if there is one. */
  public Optional<PaymentView> forBooking(UUID bookingId, String token) {
    BookingSummary booking = bookings.view(bookingId, token);
    return records.latestOf(PaymentSubject.booking(booking.id())).map(views::of);
  }

  /** The invoice of the booking the link opens, worded in {@code locale}. */
  public InvoiceFile invoice(UUID bookingId, String token, Locale locale) {
    BookingSummary booking = bookings.view(bookingId, token);
    Payment payment =
        records
            .latestOf(PaymentSubject.booking(booking.id()))
            .orElseThrow(() -> new NotFoundException("payments.invoice.not-yet-booking"));
    return invoices.render(payment, locale);
  }
}

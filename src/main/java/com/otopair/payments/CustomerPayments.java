package com.otopair.payments;

import com.otopair.base.CurrentUser;
import com.otopair.base.NotFoundException;
import com.otopair.base.Roles;
import com.otopair.base.SignedInUser;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.MyBookings;
import com.otopair.payments.domain.Payment;
import com.otopair.shops.ShopMembership;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in customer's payment for their booking, and a payment's invoice or receipt. */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
@PreAuthorize("isAuthenticated()")
public class CustomerPayments {

  private final MyBookings bookings;
  private final PaymentRecords records;
  private final PaymentViews views;
  private final Invoices invoices;
  private final ShopMembership shops;

  CustomerPayments(
      MyBookings bookings,
      PaymentRecords records,
      PaymentViews views,
      Invoices invoices,
      ShopMembership shops) {
    this.bookings = bookings;
    this.records = records;
    this.views = views;
    this.invoices = invoices;
    this.shops = shops;
  }

  /** The payment of the signed-in customer's booking, if there is one. */
  public Optional<PaymentView> forMyBooking(UUID bookingId) {
    BookingSummary booking = bookings.booking(bookingId);
    return records.latestOf(PaymentSubject.booking(booking.id())).map(views::of);
  }

  /**
   * The invoice or receipt of a payment, worded in {@code locale}: for its customer, its shop's
   * owners and admins.
   */
  public InvoiceFile invoice(UUID paymentId, Locale locale) {
    Payment payment = records.found(paymentId);
    SignedInUser me = CurrentUser.require();
    boolean allowed =
        payment.getCustomerId().equals(me.id())
            || me.role().equals(Roles.ADMIN)
            || shops.isOwner(payment.getShopId(), me.id());
    if (!allowed) {
      throw new NotFoundException("payments.payment.not-found");
    }
    return invoices.render(payment, locale);
  }
}

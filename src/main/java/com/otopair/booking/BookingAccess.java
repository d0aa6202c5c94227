package com.otopair.booking;

import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.NotFoundException;
import com.otopair.booking.domain.Booking;
import com.otopair.booking.domain.BookingRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Who may reach a booking: its customer signed in, or anyone holding its signed manage link. A
 * booking of someone else gets the same answer as none, so nothing leaks. Loads for a change are
 * locked until the transaction ends: a change made at the same moment (another tab, the manage
 * link, the shop) waits, then finds the state this one left.
 */
@Component
class BookingAccess {

  private final BookingRepository bookings;
  private final BookingSummaries summaries;
  private final BookingLinks links;

  BookingAccess(BookingRepository bookings, BookingSummaries summaries, BookingLinks links) {
    this.bookings = bookings;
    this.summaries = summaries;
    this.links = links;
  }

  Booking mine(UUID bookingId) {
    return mine(bookings.findById(bookingId));
  }

  Booking myLocked(UUID bookingId) {
    return mine(bookings.lockById(bookingId));
  }

  Booking linked(UUID bookingId, String token) {
    requireValidLink(bookingId, token);
    return found(bookings.findById(bookingId));
  }

  Booking linkedLocked(UUID bookingId, String token) {
    requireValidLink(bookingId, token);
    return found(bookings.lockById(bookingId));
  }

  /** Any booking, locked: for changes made by Otopair itself or an admin. */
  Optional<Booking> locked(UUID bookingId) {
    return bookings.lockById(bookingId);
  }

  List<Booking> allMine() {
    return bookings.findByCustomerIdOrderByStartsAtDesc(CurrentUser.require().id());
  }

  /**
   * Writes the change now. Changes load the booking locked, so this only refuses (with the text of
   * {@code key}, not an error page) when a bulk update of this transaction changed it meanwhile.
   */
  void flushOrRefuse(String key) {
    try {
      bookings.flush();
    } catch (OptimisticLockingFailureException e) {
      throw new ConflictException(key);
    }
  }

  BookingSummary summary(Booking booking) {
    return summaries.of(List.of(booking)).getFirst();
  }

  List<BookingSummary> summaries(List<Booking> list) {
    return summaries.of(list);
  }

  private void requireValidLink(UUID bookingId, String token) {
    if (!links.valid(bookingId, token)) {
      throw new InvalidRequestException("booking.link.broken");
    }
  }

  private static Booking mine(Optional<Booking> booking) {
    UUID me = CurrentUser.require().id();
    return found(booking.filter(b -> b.getCustomerId().equals(me)));
  }

  static Booking found(Optional<Booking> booking) {
    return booking.orElseThrow(() -> new NotFoundException("booking.booking.not-found"));
  }
}

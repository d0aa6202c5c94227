package com.otopair.booking;

import com.otopair.base.NotFoundException;
import com.otopair.booking.domain.BookingRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules need to tell people about a booking or to charge for it; read by listeners of
 * booking events and by payment flows, which run without a signed-in user.
 */
@Service
@Transactional(readOnly = true)
public class BookingNotices {

  /** A booking and the address of its customer. */
  public record Notice(BookingSummary booking, String customerEmail, String managePath) {}

  private final BookingRepository bookings;
  private final BookingSummaries summaries;
  private final BookingLinks links;

  BookingNotices(BookingRepository bookings, BookingSummaries summaries, BookingLinks links) {
    this.links = links;
    this.bookings = bookings;
    this.summaries = summaries;
  }

  /**
   * The bookings this one replaced, newest first: the booking it was moved from, the one that one
   * was moved from, and so on.
   */
  public List<UUID> movedFrom(UUID bookingId) {
    List<UUID> chain = new ArrayList<>();
    UUID previous = bookings.findById(bookingId).map(b -> b.getRescheduledFrom()).orElse(null);
    while (previous != null && !chain.contains(previous) && chain.size() < 50) {
      chain.add(previous);
      previous = bookings.findById(previous).map(b -> b.getRescheduledFrom()).orElse(null);
    }
    return chain;
  }

  /** What a booking costs and who pays it: for the payments module's flows. */
  public BookingSummary booking(UUID bookingId) {
    return summaries
        .of(
            List.of(
                bookings
                    .findById(bookingId)
                    .orElseThrow(() -> new NotFoundException("booking.booking.not-found"))))
        .getFirst();
  }

  public Optional<Notice> notice(UUID bookingId) {
    return bookings
        .findById(bookingId)
        .map(summaries::addressed)
        .flatMap(
            addressed ->
                Optional.ofNullable(addressed.customerEmail())
                    .map(
                        email ->
                            new Notice(
                                addressed.summary(), email, links.path(addressed.summary().id()))));
  }
}

package com.otopair.booking;

import com.otopair.booking.domain.BookingRepository;
import com.otopair.scheduling.BookedTimes;
import com.otopair.scheduling.BusyInterval;
import com.otopair.scheduling.BusyTimes;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Tells the slot engine when mechanics are booked (confirmed bookings and live holds), and the
 * schedule builder what to draw (confirmed bookings, with the customer and the service).
 */
@Component
class BookingBusyTimes implements BusyTimes, BookedTimes {

  private final BookingRepository bookings;
  private final BookingSummaries summaries;
  private final Clock clock;

  BookingBusyTimes(BookingRepository bookings, BookingSummaries summaries, Clock clock) {
    this.bookings = bookings;
    this.summaries = summaries;
    this.clock = clock;
  }

  @Override
  public List<BusyInterval> busy(Collection<UUID> mechanicIds, Instant from, Instant to) {
    return bookings.busyBetween(mechanicIds, from, to, clock.instant());
  }

  @Override
  public List<Booked> booked(UUID shopId, Collection<UUID> mechanicIds, Instant from, Instant to) {
    return summaries
        .of(
            bookings.ofShopBetween(shopId, from, to).stream()
                .filter(b -> mechanicIds.contains(b.getMechanicId()))
                .toList())
        .stream()
        .map(
            b ->
                new Booked(
                    b.id(),
                    b.mechanicId(),
                    b.start(),
                    b.end(),
                    b.customerName() + " · " + b.serviceName()))
        .toList();
  }
}

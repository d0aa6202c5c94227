package com.otopair.booking;

import com.otopair.booking.domain.BookingRepository;
import com.otopair.scheduling.BusyInterval;
import com.otopair.scheduling.BusyTimes;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells the slot engine when mechanics are booked: confirmed bookings and live holds. */
@Component
class BookingBusyTimes implements BusyTimes {

  private final BookingRepository bookings;
  private final Clock clock;

  BookingBusyTimes(BookingRepository bookings, Clock clock) {
    this.bookings = bookings;
    this.clock = clock;
  }

  @Override
  public List<BusyInterval> busy(Collection<UUID> mechanicIds, Instant from, Instant to) {
    return bookings.activeBetween(mechanicIds, from, to, clock.instant()).stream()
        .map(b -> new BusyInterval(b.getMechanicId(), b.getStartsAt(), b.getEndsAt()))
        .toList();
  }
}

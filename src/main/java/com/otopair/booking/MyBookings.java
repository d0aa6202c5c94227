package com.otopair.booking;

import com.otopair.base.CurrentUser;
import com.otopair.booking.domain.BookingRepository;
import com.otopair.scheduling.BookingPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in customer's bookings, a booking's page with its shop's rules, and their vehicles.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MyBookings {

  private final BookingAccess access;
  private final BookingSlots slots;
  private final CustomerVehicles vehicles;
  private final BookingRepository bookings;
  private final Clock clock;

  MyBookings(
      BookingAccess access,
      BookingSlots slots,
      CustomerVehicles vehicles,
      BookingRepository bookings,
      Clock clock) {
    this.access = access;
    this.slots = slots;
    this.vehicles = vehicles;
    this.bookings = bookings;
    this.clock = clock;
  }

  /** How many of the upcoming bookings {@link #upcoming} details: the next three. */
  public static final int NEXT = 3;

  /** How many confirmed bookings the customer has to come, and the {@link #NEXT} soonest. */
  public record Upcoming(long count, List<BookingSummary> next) {}

  /**
   * The customer's confirmed bookings that have not ended yet: how many, counted in SQL, and the
   * {@link #NEXT} soonest (a booking under way counts until its end).
   */
  public Upcoming upcoming() {
    UUID me = CurrentUser.require().id();
    Instant now = clock.instant();
    return new Upcoming(
        bookings.countUpcoming(me, now),
        access.summaries(bookings.findUpcoming(me, now, PageRequest.of(0, NEXT))));
  }

  /** The customer's bookings, newest first. */
  public List<BookingSummary> list() {
    return access.summaries(access.allMine());
  }

  /** One of the customer's bookings; another's is not found. */
  public BookingSummary booking(UUID bookingId) {
    return access.summary(access.mine(bookingId));
  }

  /** The rules the customer's booking is under: its shop's policy. */
  public BookingPolicy policy(UUID bookingId) {
    return slots.policy(access.mine(bookingId).getShopId());
  }

  /** The customer's saved vehicles, most recent first. */
  public List<VehicleDetails> vehicles() {
    return vehicles.of(CurrentUser.require().id());
  }
}

package com.otopair.booking;

import com.otopair.base.CurrentUser;
import com.otopair.scheduling.BookingPolicy;
import java.util.List;
import java.util.UUID;
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

  MyBookings(BookingAccess access, BookingSlots slots, CustomerVehicles vehicles) {
    this.access = access;
    this.slots = slots;
    this.vehicles = vehicles;
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

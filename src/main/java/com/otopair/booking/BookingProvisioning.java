package com.otopair.booking;

import com.otopair.booking.domain.Booking;
import com.otopair.booking.domain.BookingInserts;
import com.otopair.booking.domain.Vehicle;
import com.otopair.booking.domain.VehicleRepository;
import com.otopair.scheduling.Availability;
import com.otopair.scheduling.BookingPolicy;
import com.otopair.scheduling.Slot;
import com.otopair.shops.Offering;
import com.otopair.shops.ServiceMenu;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookings made by Otopair itself rather than by a customer: the demo data. The same slot engine
 * and the same database guard; not reachable from any view.
 */
@Service
@Transactional
public class BookingProvisioning {

  private final Availability availability;
  private final ServiceMenu menu;
  private final BookingInserts inserts;
  private final VehicleRepository vehicles;
  private final Clock clock;

  BookingProvisioning(
      Availability availability,
      ServiceMenu menu,
      BookingInserts inserts,
      VehicleRepository vehicles,
      Clock clock) {
    this.availability = availability;
    this.menu = menu;
    this.inserts = inserts;
    this.vehicles = vehicles;
    this.clock = clock;
  }

  /**
   * Books the {@code nth} free slot ("any mechanic") of the shop's {@code nth} service on {@code
   * day} for the customer, with their vehicle; empty when that day has no free slot.
   */
  public Optional<UUID> book(
      UUID customerId,
      UUID shopId,
      int nth,
      LocalDate day,
      VehicleDetails vehicle,
      String problem) {
    List<Offering> offerings = menu.publicMenu(shopId);
    if (offerings.isEmpty()) {
      return Optional.empty();
    }
    Offering offering = offerings.get(nth % offerings.size());
    List<Slot> free = availability.slots(shopId, offering, null, day, day);
    if (free.isEmpty()) {
      return Optional.empty();
    }
    Slot slot = free.get((nth * 7) % free.size());
    Instant now = clock.instant();
    BookingPolicy policy = availability.policy(shopId);
    UUID vehicleId =
        vehicles
            .saveAndFlush(
                new Vehicle(
                    customerId,
                    vehicle.year(),
                    vehicle.make(),
                    vehicle.model(),
                    vehicle.vin(),
                    vehicle.plate(),
                    now))
            .getId();
    var booking =
        Booking.of(
            shopId,
            customerId,
            Objects.requireNonNull(offering.id()),
            offering.name(),
            slot,
            policy,
            now);
    booking.confirm(vehicleId, problem, "+15145550100", now);
    return inserts.insertUnlessTaken(booking) ? Optional.of(booking.getId()) : Optional.empty();
  }
}

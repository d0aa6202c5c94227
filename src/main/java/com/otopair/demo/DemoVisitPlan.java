package com.otopair.demo;

import com.otopair.booking.BookingStatus;
import com.otopair.booking.VehicleDetails;
import com.otopair.shops.Offering;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A visit of the demo's history, planned before it is written: its shop's place (in {@link
 * DemoShops}' order of the live shops), customer, service, mechanic, time, when it was booked,
 * where it moved, how it ended, and whether a regular came (Emma's, Camille's and Julien's quiet
 * visits leave nothing open and no review).
 */
record DemoVisitPlan(
    int shop,
    UUID customer,
    Offering service,
    UUID mechanic,
    Instant start,
    Instant bookedAt,
    @Nullable Instant movedTo,
    BookingStatus outcome,
    boolean late,
    boolean regular) {

  /** The customers' cars: each customer drives one, chosen by who they are. */
  static final List<VehicleDetails> CARS =
      List.of(
          new VehicleDetails(null, 2016, "Honda", "CR-V", null, "H1 4JK"),
          new VehicleDetails(null, 2019, "Hyundai", "Elantra", null, "K88 PLM"),
          new VehicleDetails(null, 2014, "Chevrolet", "Silverado", null, "TX 9132"),
          new VehicleDetails(null, 2020, "Subaru", "Outback", null, "F41 XZA"),
          new VehicleDetails(null, 2012, "Toyota", "Corolla", null, "W52 RTY"),
          new VehicleDetails(null, 2022, "Kia", "Niro EV", null, "EV 2201"));

  /** The car {@code customer} drives to the shop. */
  static VehicleDetails carOf(UUID customer) {
    return CARS.get(Math.floorMod(customer.hashCode(), CARS.size()));
  }
}

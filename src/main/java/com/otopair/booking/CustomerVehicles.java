package com.otopair.booking;

import com.otopair.base.InvalidRequestException;
import com.otopair.booking.domain.Vehicle;
import com.otopair.booking.domain.VehicleRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The vehicles customers book for: one they saved before, or a new one checked field by field. */
@Component
class CustomerVehicles {

  private final VehicleRepository vehicles;
  private final Clock clock;

  CustomerVehicles(VehicleRepository vehicles, Clock clock) {
    this.vehicles = vehicles;
    this.clock = clock;
  }

  /** The customer's saved vehicles, most recent first. */
  List<VehicleDetails> of(UUID customerId) {
    return vehicles.findByCustomerIdOrderByCreatedAtDesc(customerId).stream()
        .map(
            v ->
                new VehicleDetails(
                    v.getId(), v.getYear(), v.getMake(), v.getModel(), v.getVin(), v.getPlate()))
        .toList();
  }

  /** The id of the customer's saved vehicle {@code details} names, or of a new one it describes. */
  UUID resolve(UUID customerId, VehicleDetails details) {
    if (details.id() != null) {
      return vehicles
          .findById(details.id())
          .filter(v -> v.getCustomerId().equals(customerId))
          .orElseThrow(() -> new InvalidRequestException("vehicle", "booking.vehicle.not-mine"))
          .getId();
    }
    BookingRules.refuse(
        "year", BookingRules.yearProblem(details.year(), LocalDate.now(clock).getYear()));
    BookingRules.refuse("make", BookingRules.makeProblem(details.make()));
    BookingRules.refuse("model", BookingRules.modelProblem(details.model()));
    BookingRules.refuse("vin", BookingRules.vinProblem(details.vin()));
    BookingRules.refuse("plate", BookingRules.plateProblem(details.plate()));
    String make = details.make().strip();
    String model = details.model().strip();
    String vin =
        details.vin() == null || details.vin().isBlank() ? null : Vin.normalize(details.vin());
    String plate = details.plate().strip().toUpperCase(Locale.ROOT);
    return vehicles
        .save(new Vehicle(customerId, details.year(), make, model, vin, plate, clock.instant()))
        .getId();
  }
}

package com.otopair.booking;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A vehicle as the customer describes it; {@code id} set when it is one they saved before. */
public record VehicleDetails(
    @Nullable UUID id, int year, String make, String model, @Nullable String vin, String plate) {

  public String label() {
    return year + " " + make + " " + model;
  }
}

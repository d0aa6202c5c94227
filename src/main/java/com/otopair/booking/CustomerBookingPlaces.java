package com.otopair.booking;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a customer's booking is, for other modules that place something next to it (the CRM's
 * recommendation on a booking's page): its shop and vehicle. The caller names the customer it acts
 * for; another customer's booking is not found.
 */
@Service
@Transactional(readOnly = true)
public class CustomerBookingPlaces {

  /** A booking's shop, and its vehicle when one was named. */
  public record Place(UUID shopId, @Nullable UUID vehicleId) {}

  private final JdbcClient jdbc;

  CustomerBookingPlaces(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The customer's booking's shop and vehicle; empty when it is not theirs or not there. */
  public Optional<Place> of(UUID customerId, UUID bookingId) {
    return jdbc.sql("select shop_id, vehicle_id from bookings where id = :id and customer_id = :me")
        .param("id", bookingId)
        .param("me", customerId)
        .query(
            (rs, n) ->
                new Place(
                    rs.getObject("shop_id", UUID.class), rs.getObject("vehicle_id", UUID.class)))
        .optional();
  }
}

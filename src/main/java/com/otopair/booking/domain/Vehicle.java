package com.otopair.booking.domain;

import com.otopair.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A customer's vehicle, saved with their first booking of it and reused after. */
@Entity
@Table(name = "vehicles")
public class Vehicle extends AbstractEntity {

  @Column(name = "customer_id", nullable = false, updatable = false)
  private UUID customerId;

  @Column(name = "year", nullable = false)
  private int year;

  @Column(name = "make", nullable = false, length = 40)
  private String make;

  @Column(name = "model", nullable = false, length = 60)
  private String model;

  @Column(name = "vin", length = 17)
  private @Nullable String vin;

  @Column(name = "plate", nullable = false, length = 12)
  private String plate;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Vehicle() {
    this(new UUID(0, 0), 2000, "", "", null, "", Instant.EPOCH);
  }

  public Vehicle(
      UUID customerId,
      int year,
      String make,
      String model,
      @Nullable String vin,
      String plate,
      Instant createdAt) {
    this.customerId = customerId;
    this.year = year;
    this.make = make;
    this.model = model;
    this.vin = vin;
    this.plate = plate;
    this.createdAt = createdAt;
  }

  public UUID getCustomerId() {
    return customerId;
  }

  public int getYear() {
    return year;
  }

  public String getMake() {
    return make;
  }

  public String getModel() {
    return model;
  }

  public @Nullable String getVin() {
    return vin;
  }

  public String getPlate() {
    return plate;
  }

  public String label() {
    return year + " " + make + " " + model;
  }
}

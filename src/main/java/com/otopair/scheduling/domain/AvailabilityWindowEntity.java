package com.otopair.scheduling.domain;

import com.otopair.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalTimeJdbcType;
import org.jspecify.annotations.Nullable;

/** A mechanic's weekly hours at a shop, in the shop's wall time. */
@Entity
@Table(name = "availability_windows")
public class AvailabilityWindowEntity extends AbstractEntity {

  @Column(name = "shop_id", nullable = false, updatable = false)
  private UUID shopId;

  @Column(name = "mechanic_id", nullable = false, updatable = false)
  private UUID mechanicId;

  @Column(name = "day_of_week", nullable = false)
  private short dayOfWeek;

  @Column(name = "start_time", nullable = false)
  private LocalTime startTime;

  @Convert(converter = EndTimeConverter.class)
  @JdbcType(LocalTimeJdbcType.class)
  @Column(name = "end_time", nullable = false)
  private LocalTime endTime;

  @Column(name = "multiplier", nullable = false, precision = 4, scale = 2)
  private BigDecimal multiplier;

  @Column(name = "valid_from")
  private @Nullable LocalDate validFrom;

  @Column(name = "valid_to")
  private @Nullable LocalDate validTo;

  protected AvailabilityWindowEntity() {
    this(new UUID(0, 0), new UUID(0, 0));
  }

  public AvailabilityWindowEntity(UUID shopId, UUID mechanicId) {
    this.shopId = shopId;
    this.mechanicId = mechanicId;
    this.startTime = LocalTime.MIDNIGHT;
    this.endTime = LocalTime.NOON;
    this.dayOfWeek = 1;
    this.multiplier = BigDecimal.ONE;
  }

  public void set(
      DayOfWeek day,
      LocalTime start,
      LocalTime end,
      BigDecimal multiplier,
      @Nullable LocalDate validFrom,
      @Nullable LocalDate validTo) {
    this.dayOfWeek = (short) day.getValue();
    this.startTime = start;
    this.endTime = end;
    this.multiplier = multiplier;
    this.validFrom = validFrom;
    this.validTo = validTo;
  }

  public UUID getShopId() {
    return shopId;
  }

  public UUID getMechanicId() {
    return mechanicId;
  }

  public DayOfWeek getDay() {
    return DayOfWeek.of(dayOfWeek);
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public LocalTime getEndTime() {
    return endTime;
  }

  public BigDecimal getMultiplier() {
    return multiplier;
  }

  public @Nullable LocalDate getValidFrom() {
    return validFrom;
  }

  public @Nullable LocalDate getValidTo() {
    return validTo;
  }
}

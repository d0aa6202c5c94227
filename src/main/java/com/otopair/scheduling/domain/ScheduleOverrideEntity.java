package com.otopair.scheduling.domain;

import com.otopair.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalTimeJdbcType;
import org.jspecify.annotations.Nullable;

/** Other hours, or a day off, on one date for one mechanic at one shop. */
@Entity
@Table(name = "schedule_overrides")
public class ScheduleOverrideEntity extends AbstractEntity {

  @Column(name = "shop_id", nullable = false, updatable = false)
  private UUID shopId;

  @Column(name = "mechanic_id", nullable = false, updatable = false)
  private UUID mechanicId;

  @Column(name = "on_date", nullable = false)
  private LocalDate date;

  @Column(name = "start_time")
  private @Nullable LocalTime startTime;

  @Convert(converter = EndTimeConverter.class)
  @JdbcType(LocalTimeJdbcType.class)
  @Column(name = "end_time")
  private @Nullable LocalTime endTime;

  @Column(name = "multiplier", nullable = false, precision = 4, scale = 2)
  private BigDecimal multiplier = BigDecimal.ONE;

  @Column(name = "reason", nullable = false, length = 200)
  private String reason = "";

  protected ScheduleOverrideEntity() {
    this(new UUID(0, 0), new UUID(0, 0), LocalDate.EPOCH);
  }

  public ScheduleOverrideEntity(UUID shopId, UUID mechanicId, LocalDate date) {
    this.shopId = shopId;
    this.mechanicId = mechanicId;
    this.date = date;
  }

  public void set(
      @Nullable LocalTime start, @Nullable LocalTime end, BigDecimal multiplier, String reason) {
    this.startTime = start;
    this.endTime = end;
    this.multiplier = multiplier;
    this.reason = reason;
  }

  public UUID getShopId() {
    return shopId;
  }

  public UUID getMechanicId() {
    return mechanicId;
  }

  public LocalDate getDate() {
    return date;
  }

  public @Nullable LocalTime getStartTime() {
    return startTime;
  }

  public @Nullable LocalTime getEndTime() {
    return endTime;
  }

  public BigDecimal getMultiplier() {
    return multiplier;
  }

  public String getReason() {
    return reason;
  }
}

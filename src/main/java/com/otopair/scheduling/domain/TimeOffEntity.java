package com.otopair.scheduling.domain;

import com.otopair.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** Whole days away for one mechanic at one shop, both ends inclusive. */
@Entity
@Table(name = "time_off")
public class TimeOffEntity extends AbstractEntity {

  @Column(name = "shop_id", nullable = false, updatable = false)
  private UUID shopId;

  @Column(name = "mechanic_id", nullable = false, updatable = false)
  private UUID mechanicId;

  @Column(name = "first_day", nullable = false)
  private LocalDate firstDay;

  @Column(name = "last_day", nullable = false)
  private LocalDate lastDay;

  @Column(name = "reason", nullable = false, length = 200)
  private String reason;

  protected TimeOffEntity() {
    this(new UUID(0, 0), new UUID(0, 0), LocalDate.EPOCH, LocalDate.EPOCH, "");
  }

  public TimeOffEntity(
      UUID shopId, UUID mechanicId, LocalDate firstDay, LocalDate lastDay, String reason) {
    this.shopId = shopId;
    this.mechanicId = mechanicId;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.reason = reason;
  }

  public UUID getShopId() {
    return shopId;
  }

  public UUID getMechanicId() {
    return mechanicId;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public String getReason() {
    return reason;
  }
}

package com.otopair.scheduling.domain;

import com.otopair.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalTimeJdbcType;

/** A named week of windows an owner can apply to mechanics over a date range. */
@Entity
@Table(name = "schedule_templates")
public class ScheduleTemplateEntity extends AbstractEntity {

  /** One window of the template's week. */
  @Embeddable
  public static class Window {
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

    protected Window() {
      this(DayOfWeek.MONDAY, LocalTime.MIDNIGHT, LocalTime.NOON, BigDecimal.ONE);
    }

    public Window(DayOfWeek day, LocalTime start, LocalTime end, BigDecimal multiplier) {
      this.dayOfWeek = (short) day.getValue();
      this.startTime = start;
      this.endTime = end;
      this.multiplier = multiplier;
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
  }

  @Column(name = "shop_id", nullable = false, updatable = false)
  private UUID shopId;

  @Column(name = "name", nullable = false, length = 60)
  private String name;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "schedule_template_windows",
      joinColumns = @JoinColumn(name = "template_id"))
  @OrderBy("dayOfWeek, startTime")
  private List<Window> windows = new ArrayList<>();

  protected ScheduleTemplateEntity() {
    this(new UUID(0, 0), "", Instant.EPOCH, List.of());
  }

  public ScheduleTemplateEntity(UUID shopId, String name, Instant createdAt, List<Window> windows) {
    this.shopId = shopId;
    this.name = name;
    this.createdAt = createdAt;
    this.windows = new ArrayList<>(windows);
  }

  public UUID getShopId() {
    return shopId;
  }

  public String getName() {
    return name;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<Window> getWindows() {
    return List.copyOf(windows);
  }
}

package com.otopair.scheduling.domain;

import com.otopair.base.AbstractEntity;
import com.otopair.scheduling.BookingPolicy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** How a shop takes bookings; a shop without a row uses {@link BookingPolicy#DEFAULT}. */
@Entity
@Table(name = "booking_policies")
public class BookingPolicyEntity extends AbstractEntity {

  @Column(name = "shop_id", nullable = false, updatable = false)
  private UUID shopId;

  @Column(name = "slot_step_minutes", nullable = false)
  private int stepMinutes;

  @Column(name = "buffer_before_minutes", nullable = false)
  private int bufferBeforeMinutes;

  @Column(name = "buffer_after_minutes", nullable = false)
  private int bufferAfterMinutes;

  @Column(name = "min_notice_minutes", nullable = false)
  private int minNoticeMinutes;

  @Column(name = "horizon_days", nullable = false)
  private int horizonDays;

  @Column(name = "max_bookings_per_day")
  private @Nullable Integer maxBookingsPerDay;

  @Column(name = "cancellation_window_hours", nullable = false)
  private int cancellationWindowHours;

  @Column(name = "reschedule_limit", nullable = false)
  private int rescheduleLimit;

  @Column(name = "live_wait_minutes", nullable = false)
  private int liveWaitMinutes;

  @Column(name = "credit_remote_sessions", nullable = false)
  private boolean creditRemoteSessions;

  protected BookingPolicyEntity() {
    this(new UUID(0, 0));
  }

  public BookingPolicyEntity(UUID shopId) {
    this.shopId = shopId;
    set(BookingPolicy.DEFAULT);
  }

  public void set(BookingPolicy policy) {
    stepMinutes = (int) policy.step().toMinutes();
    bufferBeforeMinutes = (int) policy.bufferBefore().toMinutes();
    bufferAfterMinutes = (int) policy.bufferAfter().toMinutes();
    minNoticeMinutes = (int) policy.minimumNotice().toMinutes();
    horizonDays = policy.horizonDays();
    maxBookingsPerDay = policy.maxBookingsPerDay();
    cancellationWindowHours = (int) policy.cancellationWindow().toHours();
    rescheduleLimit = policy.rescheduleLimit();
    liveWaitMinutes = policy.liveWaitMinutes();
    creditRemoteSessions = policy.creditRemoteSessions();
  }

  public BookingPolicy toPolicy() {
    return new BookingPolicy(
        Duration.ofMinutes(stepMinutes),
        Duration.ofMinutes(bufferBeforeMinutes),
        Duration.ofMinutes(bufferAfterMinutes),
        Duration.ofMinutes(minNoticeMinutes),
        horizonDays,
        maxBookingsPerDay,
        Duration.ofHours(cancellationWindowHours),
        rescheduleLimit,
        liveWaitMinutes,
        creditRemoteSessions);
  }

  public UUID getShopId() {
    return shopId;
  }
}

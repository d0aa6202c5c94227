package com.otopair.booking;

import com.otopair.base.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Bookings for Prometheus: holds placed, bookings confirmed, cancelled (by the customer, the shop
 * or an admin) and races lost (a slot someone else took first). Each series exists at 0 from
 * startup; a fact counts once its transaction commits, so a change that rolls back is not counted.
 */
@Component
class BookingMetrics {

  /** Who cancels, as {@link BookingCancelled#by()} says it. */
  static final List<String> CANCELLED_BY = List.of("CUSTOMER", "SHOP", "ADMIN");

  private final MeterRegistry registry;
  private final Counter held;
  private final Counter confirmed;
  private final Counter slotLost;
  private final Map<String, Counter> cancelled = new ConcurrentHashMap<>();

  BookingMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.held =
        Counter.builder("otopair.bookings.held")
            .description("Holds customers placed on a slot (web and API)")
            .register(registry);
    this.confirmed =
        Counter.builder("otopair.bookings.confirmed")
            .description("Bookings confirmed: at once, once paid, or by phone (not a move)")
            .register(registry);
    this.slotLost =
        Counter.builder("otopair.bookings.slot.lost")
            .description("Holds, bookings and moves refused: someone else took the slot first")
            .register(registry);
    CANCELLED_BY.forEach(this::cancelledCounter);
  }

  private Counter cancelledCounter(String by) {
    return cancelled.computeIfAbsent(
        by,
        who ->
            Counter.builder("otopair.bookings.cancelled")
                .tag("by", who.toLowerCase(Locale.ROOT))
                .description("Confirmed bookings cancelled, by whom")
                .register(registry));
  }

  void held() {
    AfterCommit.run(held::increment);
  }

  void confirmed() {
    AfterCommit.run(confirmed::increment);
  }

  void cancelled(String by) {
    Counter counter = cancelledCounter(by);
    AfterCommit.run(counter::increment);
  }

  /**
   * A slot was taken first: counted at once, since the refusal ends its transaction by rolling it
   * back.
   */
  void slotLost() {
    slotLost.increment();
  }
}

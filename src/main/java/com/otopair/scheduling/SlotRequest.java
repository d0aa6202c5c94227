package com.otopair.scheduling;

import com.otopair.base.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Everything the slot engine needs, for the shop-local days {@code from} to {@code to} (both
 * inclusive): an offering lasting {@code duration} at {@code price}, the shop's {@code zone} and
 * {@code policy}, the {@code mechanics} to consider and their windows, overrides, time off and busy
 * intervals, and the {@code hours} every slot must lie within (the shop's opening hours for work at
 * the shop).
 */
public record SlotRequest(
    ZoneId zone,
    Instant now,
    LocalDate from,
    LocalDate to,
    Duration duration,
    Money price,
    BookingPolicy policy,
    List<UUID> mechanics,
    List<WeeklyWindow> windows,
    List<DateOverride> overrides,
    List<TimeOffPeriod> timeOff,
    List<BusyInterval> busy,
    ShopHours hours) {

  public SlotRequest {
    mechanics = List.copyOf(mechanics);
    windows = List.copyOf(windows);
    overrides = List.copyOf(overrides);
    timeOff = List.copyOf(timeOff);
    busy = List.copyOf(busy);
  }
}

package com.otopair.scheduling;

import com.otopair.base.Money;
import com.otopair.shops.OpeningHours;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A slot request for tests, with neutral defaults: Toronto, a $100.00 one-hour offering, 15-minute
 * steps, no buffers, no notice, a 60-day horizon, no daily cap, asked for on 2026-06-01 at 08:00.
 */
final class SlotRequestBuilder {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  private ZoneId zone = TORONTO;
  private LocalDateTime now = LocalDateTime.of(2026, 6, 1, 8, 0);
  private LocalDate from = LocalDate.of(2026, 6, 1);
  private LocalDate to = LocalDate.of(2026, 6, 7);
  private Duration duration = Duration.ofHours(1);
  private Money price = new Money(100_00, "CAD");
  private Duration step = Duration.ofMinutes(15);
  private Duration bufferBefore = Duration.ZERO;
  private Duration bufferAfter = Duration.ZERO;
  private Duration minimumNotice = Duration.ZERO;
  private int horizonDays = 60;
  private @Nullable Integer maxBookingsPerDay;
  private final List<UUID> mechanics = new ArrayList<>();
  private final List<WeeklyWindow> windows = new ArrayList<>();
  private final List<DateOverride> overrides = new ArrayList<>();
  private final List<TimeOffPeriod> timeOff = new ArrayList<>();
  private final List<BusyInterval> busy = new ArrayList<>();
  private ShopHours hours = ShopHours.ANY_TIME;

  static SlotRequestBuilder request() {
    return new SlotRequestBuilder();
  }

  SlotRequestBuilder zone(ZoneId zone) {
    this.zone = zone;
    return this;
  }

  SlotRequestBuilder now(LocalDateTime localNow) {
    this.now = localNow;
    return this;
  }

  /** The shop's posted opening hours, binding every slot (a service done at the shop). */
  SlotRequestBuilder openingHours(OpeningHours... posted) {
    this.hours = ShopHours.posted(List.of(posted));
    return this;
  }

  SlotRequestBuilder days(LocalDate from, LocalDate to) {
    this.from = from;
    this.to = to;
    return this;
  }

  SlotRequestBuilder day(LocalDate date) {
    return days(date, date);
  }

  SlotRequestBuilder duration(Duration duration) {
    this.duration = duration;
    return this;
  }

  SlotRequestBuilder price(Money price) {
    this.price = price;
    return this;
  }

  SlotRequestBuilder step(Duration step) {
    this.step = step;
    return this;
  }

  SlotRequestBuilder buffers(Duration before, Duration after) {
    this.bufferBefore = before;
    this.bufferAfter = after;
    return this;
  }

  SlotRequestBuilder minimumNotice(Duration notice) {
    this.minimumNotice = notice;
    return this;
  }

  SlotRequestBuilder horizonDays(int days) {
    this.horizonDays = days;
    return this;
  }

  SlotRequestBuilder maxBookingsPerDay(int cap) {
    this.maxBookingsPerDay = cap;
    return this;
  }

  SlotRequestBuilder mechanics(UUID... ids) {
    mechanics.addAll(List.of(ids));
    return this;
  }

  SlotRequestBuilder window(UUID mechanic, DayOfWeek day, String start, String end) {
    windows.add(new WeeklyWindow(mechanic, day, time(start), time(end)));
    return this;
  }

  SlotRequestBuilder window(WeeklyWindow window) {
    windows.add(window);
    return this;
  }

  SlotRequestBuilder everyDay(UUID mechanic, String start, String end) {
    for (var day : DayOfWeek.values()) {
      window(mechanic, day, start, end);
    }
    return this;
  }

  SlotRequestBuilder override(DateOverride override) {
    overrides.add(override);
    return this;
  }

  SlotRequestBuilder timeOff(UUID mechanic, LocalDate firstDay, LocalDate lastDay) {
    timeOff.add(new TimeOffPeriod(mechanic, firstDay, lastDay));
    return this;
  }

  /** A booking from {@code start} to {@code end}, local times on {@code date}. */
  SlotRequestBuilder busy(UUID mechanic, LocalDate date, String start, String end) {
    busy.add(
        new BusyInterval(
            mechanic, at(date, LocalTime.parse(start)), at(date, LocalTime.parse(end))));
    return this;
  }

  SlotRequestBuilder busy(BusyInterval interval) {
    busy.add(interval);
    return this;
  }

  Instant at(LocalDate date, LocalTime time) {
    return ZonedDateTime.of(date, time, zone).toInstant();
  }

  /** "09:30", or "24:00" for the midnight that ends the day (an end of {@code 00:00}). */
  static LocalTime time(String wallTime) {
    return wallTime.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(wallTime);
  }

  SlotRequest build() {
    var policy =
        new BookingPolicy(
            step,
            bufferBefore,
            bufferAfter,
            minimumNotice,
            horizonDays,
            maxBookingsPerDay,
            Duration.ofHours(24),
            2);
    return new SlotRequest(
        zone,
        ZonedDateTime.of(now, zone).toInstant(),
        from,
        to,
        duration,
        price,
        policy,
        mechanics,
        windows,
        overrides,
        timeOff,
        busy,
        hours);
  }

  static WeeklyWindow pricedWindow(
      UUID mechanic, DayOfWeek day, String start, String end, String multiplier) {
    return new WeeklyWindow(
        mechanic, day, time(start), time(end), new BigDecimal(multiplier), null, null);
  }
}

package com.otopair.scheduling;

import com.otopair.base.InvalidRequestException;
import com.otopair.shops.Offering;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * Bookable slots of a shop, for anyone looking to book: reads the mechanics' availability and
 * bookings in one go and hands them to the {@link SlotEngine}.
 */
@Service
@Transactional(readOnly = true)
public class Availability {

  private final ShopCalendars calendars;
  // Found once: looking a bean up costs more than the slot query's own work.
  private final SingletonSupplier<BusyTimes> busyTimes;
  private final Clock clock;
  private final SlotEngine engine = new SlotEngine();

  Availability(ShopCalendars calendars, ObjectProvider<BusyTimes> busyTimes, Clock clock) {
    this.calendars = calendars;
    this.busyTimes =
        SingletonSupplier.of(() -> busyTimes.getIfAvailable(() -> (ids, start, end) -> List.of()));
    this.clock = clock;
  }

  /** The shop's time zone, where its days begin and end. */
  public ZoneId zone(UUID shopId) {
    return calendars.of(shopId).zone();
  }

  /** The shop's booking policy: public, so customers can read the cancellation terms. */
  public BookingPolicy policy(UUID shopId) {
    return calendars.of(shopId).policy();
  }

  /**
   * The hours within which {@code service} can be booked at the shop: its posted opening hours for
   * work at the shop, any time for remote work.
   */
  public ShopHours hours(UUID shopId, Offering service) {
    return ShopHours.forMode(service.mode(), calendars.of(shopId).openingHours());
  }

  /**
   * Refuses a start for {@code service} that its hours leave out (before the shop opens, ending
   * after it closes, on a day it is closed), whoever asks: a slot there is never offered either.
   */
  public void requireWithinHours(UUID shopId, Offering service, Instant start) {
    var calendar = calendars.of(shopId);
    ShopHours.forMode(service.mode(), calendar.openingHours())
        .requireWithin(start, Duration.ofMinutes(service.durationMinutes()), calendar.zone());
  }

  /** Every mechanic's free slots, not merged: for trying another mechanic at the same time. */
  public List<Slot> everyMechanic(UUID shopId, Offering service, LocalDate from, LocalDate to) {
    SlotRequest request = request(shopId, service, null, from, to);
    return request == null ? List.of() : engine.slots(request);
  }

  /**
   * The free slots for {@code service} (its duration, price and where it happens) on the shop-local
   * days {@code from} to {@code to}: one mechanic's, or merged across the team ("any mechanic")
   * when {@code mechanicId} is null.
   */
  public List<Slot> slots(
      UUID shopId, Offering service, @Nullable UUID mechanicId, LocalDate from, LocalDate to) {
    SlotRequest request = request(shopId, service, mechanicId, from, to);
    if (request == null) {
      return List.of();
    }
    return mechanicId == null ? engine.anyMechanic(request) : engine.slots(request);
  }

  private @Nullable SlotRequest request(
      UUID shopId, Offering service, @Nullable UUID mechanicId, LocalDate from, LocalDate to) {
    var calendar = calendars.of(shopId, from);
    List<UUID> team = calendar.team();
    List<UUID> mechanics = mechanicId == null ? team : List.of(mechanicId);
    if (mechanicId != null && !team.contains(mechanicId)) {
      throw new InvalidRequestException("mechanic", "scheduling.mechanic.not-in-shop");
    }
    if (mechanics.isEmpty() || to.isBefore(from)) {
      return null;
    }
    ZoneId zone = calendar.zone();
    Instant rangeStart = from.minusDays(1).atStartOfDay(zone).toInstant();
    Instant rangeEnd = to.plusDays(2).atStartOfDay(zone).toInstant();
    return new SlotRequest(
        zone,
        clock.instant(),
        from,
        to,
        Duration.ofMinutes(service.durationMinutes()),
        service.price(),
        calendar.policy(),
        mechanics,
        calendar.windowsOf(mechanics),
        calendar.overridesOf(mechanics, from, to),
        calendar.timeOffOf(mechanics, from, to),
        busyTimes.obtain().busy(mechanics, rangeStart, rangeEnd),
        ShopHours.forMode(service.mode(), calendar.openingHours()));
  }
}

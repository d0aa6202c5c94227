package com.otopair.booking;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlausibleDates;
import com.otopair.booking.domain.Booking;
import com.otopair.booking.domain.BookingInserts;
import com.otopair.booking.domain.BookingRepository;
import com.otopair.scheduling.Availability;
import com.otopair.scheduling.BookingPolicy;
import com.otopair.scheduling.Slot;
import com.otopair.shops.Offering;
import com.otopair.shops.ServiceMenu;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Takes a slot for a booking, a hold or a move alike: the start is checked against the shop's
 * policy and hours, the slot engine offers the mechanics free then, and the database refuses an
 * overlap whatever happens concurrently; when someone else was faster, the nearest free slots are
 * offered instead.
 */
@Component
class BookingSlots {

  /** A start wanted for a service, with {@code mechanicId} or any mechanic. */
  record Wanted(
      UUID shopId,
      Offering offering,
      BookingPolicy policy,
      @Nullable UUID mechanicId,
      Instant start) {}

  private final BookingRepository bookings;
  private final BookingInserts inserts;
  private final Availability availability;
  private final ServiceMenu menu;
  private final Clock clock;
  private final BookingMetrics metrics;

  BookingSlots(
      BookingRepository bookings,
      BookingInserts inserts,
      Availability availability,
      ServiceMenu menu,
      Clock clock,
      BookingMetrics metrics) {
    this.bookings = bookings;
    this.inserts = inserts;
    this.availability = availability;
    this.menu = menu;
    this.clock = clock;
    this.metrics = metrics;
  }

  /** The shop's service, if customers can book it now. */
  Offering bookable(UUID shopId, UUID offeringId) {
    return menu.publicOffering(shopId, offeringId)
        .orElseThrow(
            () -> new InvalidRequestException("service", "booking.slots.service-unavailable"));
  }

  BookingPolicy policy(UUID shopId) {
    return availability.policy(shopId);
  }

  /**
   * Lets go of the holds that ran out, so that their time can be taken. Call it before anything is
   * loaded: the bulk update empties the persistence context.
   */
  void expireHolds() {
    bookings.expireHolds(clock.instant());
  }

  /**
   * Inserts the booking {@code booking} makes of the first slot free at the wanted start: the one
   * offered then (for "any mechanic", the engine's pick: the least-booked mechanic that day), then,
   * for "any mechanic", the others free at that time, in case someone takes the first meanwhile. A
   * {@code holder}'s earlier holds are released first: a customer has one live hold. Refused with
   * the nearest free slots when every one was taken.
   */
  Booking take(Wanted wanted, @Nullable UUID holder, Function<Slot, Booking> booking) {
    PlausibleDates.require("start", wanted.start(), clock);
    Instant now = clock.instant();
    ZoneId zone = availability.zone(wanted.shopId());
    LocalDate day = wanted.start().atZone(zone).toLocalDate();
    requireWithinPolicy(wanted.start(), wanted.policy(), now, zone);
    availability.requireWithinHours(wanted.shopId(), wanted.offering(), wanted.start());
    if (wanted.policy().maxBookingsPerDay() != null) {
      inserts.lockDay(wanted.shopId(), day);
    }
    if (holder != null) {
      // After the day, never before: see BookingInserts.
      inserts.lockCustomer(holder);
      bookings.releaseHoldsOf(holder);
    }
    for (Slot slot : candidates(wanted, day)) {
      Booking candidate = booking.apply(slot);
      if (inserts.insertUnlessTaken(candidate)) {
        return bookings.findById(candidate.getId()).orElseThrow();
      }
    }
    metrics.slotLost();
    throw new SlotTakenException(alternatives(wanted, zone), zone);
  }

  private List<Slot> candidates(Wanted wanted, LocalDate day) {
    List<Slot> ordered =
        new ArrayList<>(
            availability
                .slots(wanted.shopId(), wanted.offering(), wanted.mechanicId(), day, day)
                .stream()
                .filter(s -> s.start().equals(wanted.start()))
                .toList());
    if (!ordered.isEmpty() && wanted.mechanicId() == null) {
      UUID first = ordered.getFirst().mechanicId();
      availability.everyMechanic(wanted.shopId(), wanted.offering(), day, day).stream()
          .filter(s -> s.start().equals(wanted.start()) && !s.mechanicId().equals(first))
          .forEach(ordered::add);
    }
    return ordered;
  }

  /** Refuses a start that no slot could have: past, sooner than the notice, beyond the horizon. */
  private static void requireWithinPolicy(
      Instant start, BookingPolicy policy, Instant now, ZoneId zone) {
    if (!start.isAfter(now)) {
      throw new InvalidRequestException("start", "booking.slots.past");
    }
    if (start.isBefore(now.plus(policy.minimumNotice()))) {
      throw new InvalidRequestException(
          "start", "booking.slots.notice", Durations.words(policy.minimumNotice()));
    }
    if (start
        .atZone(zone)
        .toLocalDate()
        .isAfter(now.atZone(zone).toLocalDate().plusDays(policy.horizonDays()))) {
      throw new InvalidRequestException("start", "booking.slots.horizon", policy.horizonDays());
    }
  }

  /** The three free slots nearest to the wanted start, with any mechanic, within a week. */
  private List<Slot> alternatives(Wanted wanted, ZoneId zone) {
    LocalDate day = wanted.start().atZone(zone).toLocalDate();
    Set<Instant> seen = new HashSet<>(Set.of(wanted.start()));
    return availability
        .slots(wanted.shopId(), wanted.offering(), null, day, day.plusDays(7))
        .stream()
        .sorted(
            Comparator.comparingLong(
                s -> Math.abs(Duration.between(wanted.start(), s.start()).toSeconds())))
        .filter(s -> seen.add(s.start()))
        .limit(3)
        .sorted(Comparator.comparing(Slot::start))
        .toList();
  }
}

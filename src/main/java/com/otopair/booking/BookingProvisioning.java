package com.otopair.booking;

import com.otopair.booking.domain.Booking;
import com.otopair.booking.domain.BookingInserts;
import com.otopair.booking.domain.BookingRepository;
import com.otopair.booking.domain.Vehicle;
import com.otopair.booking.domain.VehicleRepository;
import com.otopair.scheduling.Availability;
import com.otopair.scheduling.BookingPolicy;
import com.otopair.scheduling.Slot;
import com.otopair.shops.Offering;
import com.otopair.shops.ServiceMenu;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookings made by Otopair itself rather than by a customer: the demo data. The same slot engine
 * and the same database guard; not reachable from any view.
 */
@Service
@Transactional
public class BookingProvisioning {

  private final Availability availability;
  private final ServiceMenu menu;
  private final BookingInserts inserts;
  private final VehicleRepository vehicles;
  private final BookingRepository bookings;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;
  private final EntityManager entities;

  BookingProvisioning(
      Availability availability,
      ServiceMenu menu,
      BookingInserts inserts,
      VehicleRepository vehicles,
      BookingRepository bookings,
      ApplicationEventPublisher publisher,
      Clock clock,
      EntityManager entities) {
    this.entities = entities;
    this.publisher = publisher;
    this.availability = availability;
    this.menu = menu;
    this.inserts = inserts;
    this.vehicles = vehicles;
    this.bookings = bookings;
    this.clock = clock;
  }

  /** {@link #past(PastBooking)} for each visit, all in one transaction; the results in order. */
  public List<Optional<UUID>> past(List<PastBooking> visits) {
    // Each shop's menu and policy, read once for the batch.
    Map<UUID, List<Offering>> menus = new HashMap<>();
    Map<UUID, BookingPolicy> policies = new HashMap<>();
    return visits.stream()
        .map(
            visit ->
                written(
                    past(
                        visit,
                        menus.computeIfAbsent(visit.shopId(), menu::publicMenu),
                        policies.computeIfAbsent(visit.shopId(), availability::policy))))
        .toList();
  }

  /**
   * Writes what one record of a batch changed and lets go of it: the batch's transaction would
   * otherwise re-check every record written before at each flush.
   */
  private <T> T written(T result) {
    entities.flush();
    entities.clear();
    return result;
  }

  /**
   * Writes a visit of the past as it happened, in one transaction: confirmed when it was booked,
   * moved, then done, cancelled or missed at believable times; publishes that it was recorded
   * ({@link PastBookingRecorded}), so what other modules keep of it (the CRM's journeys) follows,
   * and not its confirmation: that would wake every listener of a booking to come for a visit long
   * over (the history's first version spent half the demo's start-up on them). Returns the booking
   * the visit ended as (the moved one when it moved); empty when its mechanic was already busy
   * then, or the service is not the shop's.
   */
  public Optional<UUID> past(PastBooking past) {
    return past(past, menu.publicMenu(past.shopId()), availability.policy(past.shopId()));
  }

  private Optional<UUID> past(PastBooking past, List<Offering> offerings, BookingPolicy policy) {
    if (!past.start().isBefore(clock.instant()) || past.outcome().isActive()) {
      throw new IllegalArgumentException("A past booking starts before now and has ended");
    }
    Optional<Offering> offered =
        offerings.stream().filter(o -> past.offeringId().equals(o.id())).findFirst();
    if (offered.isEmpty()) {
      return Optional.empty();
    }
    Offering offering = offered.get();
    Duration length = Duration.ofMinutes(offering.durationMinutes());
    Booking booked =
        Booking.of(
            past.shopId(),
            past.customerId(),
            past.offeringId(),
            offering.name(),
            new Slot(
                past.start(),
                past.start().plus(length),
                past.mechanicId(),
                offering.price(),
                BigDecimal.ONE),
            policy,
            past.bookedAt());
    booked.madeThrough(past.source());
    booked.confirm(
        vehicleOf(past.customerId(), past.vehicle(), past.bookedAt()),
        past.problem(),
        "+15145550100",
        past.bookedAt());
    if (!inserts.insertUnlessTaken(booked)) {
      return Optional.empty();
    }
    Booking visit = bookings.getReferenceById(booked.getId());
    publisher.publishEvent(
        new PastBookingRecorded(
            visit.getId(), visit.getShopId(), visit.getCustomerId(), past.bookedAt()));
    Instant movedTo = past.movedTo();
    if (movedTo != null) {
      Instant movedAt =
          past.bookedAt().plus(Duration.between(past.bookedAt(), past.start()).dividedBy(2));
      Booking moved =
          visit.movedTo(
              new Slot(
                  movedTo,
                  movedTo.plus(length),
                  past.mechanicId(),
                  offering.price(),
                  BigDecimal.ONE),
              policy,
              movedAt);
      visit.end(BookingStatus.RESCHEDULED, null, "CUSTOMER", false, movedAt);
      bookings.flush();
      if (!inserts.insertUnlessTaken(moved)) {
        return Optional.empty();
      }
      visit = bookings.getReferenceById(moved.getId());
    }
    Instant start = visit.getStartsAt();
    switch (past.outcome()) {
      case COMPLETED -> visit.end(BookingStatus.COMPLETED, null, "SHOP", false, visit.getEndsAt());
      case NO_SHOW ->
          visit.end(BookingStatus.NO_SHOW, null, "SHOP", false, start.plus(Duration.ofMinutes(20)));
      case CANCELLED -> {
        Duration before =
            past.late()
                ? policy.cancellationWindow().dividedBy(3)
                : policy.cancellationWindow().plus(Duration.ofDays(2));
        Instant at = start.minus(before);
        visit.end(
            BookingStatus.CANCELLED,
            "",
            "CUSTOMER",
            past.late(),
            at.isBefore(visit.getCreatedAt()) ? visit.getCreatedAt() : at);
      }
      default -> visit.end(past.outcome(), null, "SHOP", false, start);
    }
    bookings.flush();
    // Its screens re-read; the free times of the past change nobody's.
    publisher.publishEvent(
        new BookingChanged(visit.getId(), visit.getShopId(), visit.getCustomerId()));
    return Optional.of(visit.getId());
  }

  /** The customer's car with this plate, added the first time it comes. */
  private UUID vehicleOf(UUID customerId, VehicleDetails vehicle, Instant at) {
    return vehicles.findByCustomerIdOrderByCreatedAtDesc(customerId).stream()
        .filter(v -> Objects.equals(v.getPlate(), vehicle.plate()))
        .findFirst()
        .map(v -> v.getId())
        .orElseGet(
            () ->
                vehicles
                    .saveAndFlush(
                        new Vehicle(
                            customerId,
                            vehicle.year(),
                            vehicle.make(),
                            vehicle.model(),
                            vehicle.vin(),
                            vehicle.plate(),
                            at))
                    .getId());
  }

  /**
   * Books the {@code nth} free slot ("any mechanic") of the shop's {@code nth} service on {@code
   * day} for the customer, with their vehicle; empty when that day has no free slot.
   */
  public Optional<UUID> book(
      UUID customerId,
      UUID shopId,
      int nth,
      LocalDate day,
      VehicleDetails vehicle,
      String problem) {
    return book(customerId, shopId, nth, day, vehicle, problem, clock.instant());
  }

  /**
   * The same, made at {@code bookedAt}, a moment before now (the demo's bookings were made over the
   * days before their visits), or now when that moment is still to come; their car is the
   * customer's car with that plate, added when first booked. No event: its screens and job are the
   * caller's to open.
   */
  public Optional<UUID> book(
      UUID customerId,
      UUID shopId,
      int nth,
      LocalDate day,
      VehicleDetails vehicle,
      String problem,
      Instant bookedAt) {
    return book(customerId, shopId, nth, day, vehicle, problem, bookedAt, BookingSource.WEB);
  }

  /** The same, made through {@code source}: a booking the shop took on a call is PHONE. */
  public Optional<UUID> book(
      UUID customerId,
      UUID shopId,
      int nth,
      LocalDate day,
      VehicleDetails vehicle,
      String problem,
      Instant bookedAt,
      BookingSource source) {
    List<Offering> offerings = menu.publicMenu(shopId);
    if (offerings.isEmpty()) {
      return Optional.empty();
    }
    Offering offering = offerings.get(nth % offerings.size());
    List<Slot> free = availability.slots(shopId, offering, null, day, day);
    if (free.isEmpty()) {
      return Optional.empty();
    }
    Slot slot = free.get((nth * 7) % free.size());
    Instant now = clock.instant();
    Instant made = bookedAt.isBefore(now) && bookedAt.isBefore(slot.start()) ? bookedAt : now;
    BookingPolicy policy = availability.policy(shopId);
    var booking =
        Booking.of(
            shopId,
            customerId,
            Objects.requireNonNull(offering.id()),
            offering.name(),
            slot,
            policy,
            made);
    booking.madeThrough(source);
    booking.confirm(vehicleOf(customerId, vehicle, made), problem, "+15145550100", made);
    return inserts.insertUnlessTaken(booking) ? Optional.of(booking.getId()) : Optional.empty();
  }
}

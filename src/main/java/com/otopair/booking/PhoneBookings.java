package com.otopair.booking;

import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.NotAllowedException;
import com.otopair.base.PlainText;
import com.otopair.booking.domain.Booking;
import com.otopair.identity.ShopCustomers;
import com.otopair.scheduling.Availability;
import com.otopair.scheduling.BookingPolicy;
import com.otopair.scheduling.Slot;
import com.otopair.shops.Offering;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopRole;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookings the shop takes for a customer, on a call or at the counter: the owner for any mechanic
 * of the shop, a mechanic for themselves. The customer is found by email or phone, or created and
 * emailed a link to claim their account; the slot is the engine's, at its price, and the database
 * decides who gets it when two people book it at once. The booking is confirmed at once and paid at
 * the shop, even where customers booking online pay by card: the shop made it, and takes the
 * payment itself. The customer gets the usual confirmation with its manage link.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PhoneBookings {

  /** The booking made, and whether its customer's account was created (and mailed) for it. */
  public record Booked(BookingSummary booking, boolean newCustomer) {}

  private final BookingSlots slots;
  private final Availability availability;
  private final ShopMembership membership;
  private final ShopCustomers customers;
  private final BookingAccess access;
  private final BookingEvents events;
  private final Clock clock;

  PhoneBookings(
      BookingSlots slots,
      Availability availability,
      ShopMembership membership,
      ShopCustomers customers,
      BookingAccess access,
      BookingEvents events,
      Clock clock) {
    this.slots = slots;
    this.availability = availability;
    this.membership = membership;
    this.customers = customers;
    this.access = access;
    this.events = events;
    this.clock = clock;
  }

  /**
   * The free slots of {@code day} (in the shop's zone) for the service, with the mechanic (any of
   * the shop's when null, and always the signed-in one for a mechanic), at the engine's prices.
   */
  @Transactional(readOnly = true)
  public List<Slot> freeSlots(
      UUID shopId, UUID offeringId, @Nullable UUID mechanicId, LocalDate day) {
    UUID mechanic = allowedMechanic(shopId, mechanicId);
    Offering offering = slots.bookable(shopId, offeringId);
    return availability.slots(shopId, offering, mechanic, day, day).stream()
        .filter(s -> s.start().isAfter(clock.instant()))
        .toList();
  }

  /**
   * Books the slot for the customer, confirmed, in one transaction. Refused next to the field at
   * fault ({@code customerName}, {@code customerEmail}, {@code customerPhone}, {@code service},
   * {@code mechanic}, {@code start}, {@code problem}); a slot someone else took meanwhile is a
   * {@link SlotTakenException} with the nearest free ones.
   */
  public Booked book(UUID shopId, PhoneBooking request) {
    UUID mechanicId = allowedMechanic(shopId, request.mechanicId());
    if (mechanicId == null) {
      throw new InvalidRequestException("mechanic", "booking.phone.mechanic.required");
    }
    UUID offeringId = request.offeringId();
    if (offeringId == null) {
      throw new InvalidRequestException("service", "booking.phone.service.required");
    }
    if (request.start() == null) {
      throw new InvalidRequestException("start", "booking.phone.start.required");
    }
    PlainText.requireLines("problem", request.problem());
    BookingRules.refuse("problem", BookingRules.descriptionProblem(request.problem()));
    String phone = request.customerPhone() == null ? "" : request.customerPhone().strip();
    if (phone.length() > 30) {
      throw new InvalidRequestException("customerPhone", "identity.rules.phone.invalid");
    }
    var customer = customers.findOrCreate(request.customerName(), request.customerEmail(), phone);
    slots.expireHolds();
    Offering offering = slots.bookable(shopId, offeringId);
    BookingPolicy policy = slots.policy(shopId);
    String problem = request.problem().strip();
    Booking booked =
        slots.take(
            new BookingSlots.Wanted(shopId, offering, policy, mechanicId, request.start()),
            null,
            slot -> {
              Instant now = clock.instant();
              var booking =
                  Booking.of(shopId, customer.id(), offeringId, offering.name(), slot, policy, now);
              booking.madeThrough(BookingSource.PHONE);
              booking.confirm(null, problem, phone, now);
              return booking;
            });
    events.confirmed(booked, null);
    events.changed(booked);
    return new Booked(access.summary(booked), customer.created());
  }

  /**
   * The mechanic the signed-in user may book for at the shop: the owner any of its mechanics (or
   * any, when null), a mechanic only themselves. A stranger is told the shop can't be found.
   */
  private @Nullable UUID allowedMechanic(UUID shopId, @Nullable UUID mechanicId) {
    ShopRole role = membership.requireMember(shopId);
    UUID me = CurrentUser.require().id();
    if (role.owner()) {
      if (mechanicId != null && !membership.mechanicsOf(shopId).contains(mechanicId)) {
        throw new InvalidRequestException("mechanic", "booking.shop.move.not-member");
      }
      return mechanicId;
    }
    if (mechanicId != null && !mechanicId.equals(me)) {
      throw new NotAllowedException("booking.phone.own-only");
    }
    return me;
  }
}

package com.otopair.booking;

import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.booking.domain.Booking;
import com.otopair.booking.domain.BookingInserts;
import com.otopair.booking.domain.BookingRepository;
import com.otopair.booking.domain.WaitlistEntry;
import com.otopair.booking.domain.WaitlistEntryRepository;
import com.otopair.identity.UserContacts;
import com.otopair.scheduling.Availability;
import com.otopair.scheduling.BookedTimesChanged;
import com.otopair.scheduling.BookingPolicy;
import com.otopair.scheduling.Slot;
import com.otopair.shops.Offering;
import com.otopair.shops.ServiceMenu;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The waitlist of full days: a customer joins for a service on a day without free slots; when a
 * booking of that shop and day lets go of its time, the first in line for whom a slot now exists
 * gets it held for 15 minutes and an email with the link to confirm it.
 */
@Service
@Transactional
public class Waitlist {

  public static final Duration OFFER = Duration.ofMinutes(15);

  private final WaitlistEntryRepository entries;
  private final BookingRepository bookings;
  private final BookingInserts inserts;
  private final Availability availability;
  private final ServiceMenu menu;
  private final UserContacts contacts;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Waitlist(
      WaitlistEntryRepository entries,
      BookingRepository bookings,
      BookingInserts inserts,
      Availability availability,
      ServiceMenu menu,
      UserContacts contacts,
      Clock clock,
      ApplicationEventPublisher events) {
    this.entries = entries;
    this.bookings = bookings;
    this.inserts = inserts;
    this.availability = availability;
    this.menu = menu;
    this.contacts = contacts;
    this.clock = clock;
    this.events = events;
  }

  /** Puts the signed-in customer in line for the service on a day that has no free slot. */
  @PreAuthorize("isAuthenticated()")
  public void join(UUID shopId, UUID offeringId, LocalDate day) {
    UUID me = CurrentUser.require().id();
    if (!contacts.isVerified(me)) {
      throw new InvalidRequestException("booking.email.unverified");
    }
    Offering offering = bookable(shopId, offeringId);
    if (!free(shopId, offering, day).isEmpty()) {
      throw new InvalidRequestException("booking.waitlist.has-slots");
    }
    if (day.isBefore(LocalDate.now(clock.withZone(availability.zone(shopId))))) {
      throw new InvalidRequestException("booking.waitlist.past");
    }
    if (entries.existsByCustomerIdAndOfferingIdAndDateAndStatus(
        me, offeringId, day, WaitlistEntry.WAITING)) {
      throw new InvalidRequestException("booking.waitlist.already");
    }
    entries.save(new WaitlistEntry(shopId, offeringId, me, day, clock.instant()));
  }

  /**
   * When time frees up on a day, holds a slot for the first in line who fits. Someone holding
   * another slot right now is passed over this time and stays in line: a customer has one live
   * hold. The time a booking let go of is offered once, however often its event is delivered or
   * however many runs are in flight: the offer is keyed by that booking.
   */
  @ApplicationModuleListener
  void on(SlotsFreed freed) {
    inserts.lockFreed(freed.bookingId());
    if (entries.existsByOfferedForBooking(freed.bookingId())) {
      return;
    }
    // Before anything is loaded: the bulk update empties the persistence context.
    bookings.expireHolds(clock.instant());
    for (WaitlistEntry entry :
        entries.findByShopIdAndDateAndStatusOrderByCreatedAtAsc(
            freed.shopId(), freed.day(), WaitlistEntry.WAITING)) {
      Optional<Offering> offering =
          menu.publicMenu(entry.getShopId()).stream()
              .filter(o -> entry.getOfferingId().equals(o.id()))
              .findFirst();
      if (offering.isEmpty()) {
        continue;
      }
      if (availability.policy(entry.getShopId()).maxBookingsPerDay() != null) {
        inserts.lockDay(entry.getShopId(), entry.getDate());
      }
      inserts.lockCustomer(entry.getCustomerId());
      if (bookings.existsByCustomerIdAndStatus(entry.getCustomerId(), BookingStatus.HELD)) {
        continue;
      }
      for (Slot slot : free(entry.getShopId(), offering.get(), entry.getDate())) {
        Instant now = clock.instant();
        BookingPolicy policy = availability.policy(entry.getShopId());
        var booking =
            Booking.of(
                entry.getShopId(),
                entry.getCustomerId(),
                entry.getOfferingId(),
                offering.get().name(),
                slot,
                policy,
                now);
        booking.hold(now.plus(OFFER));
        booking.madeThrough(BookingSource.WAITLIST);
        if (inserts.insertUnlessTaken(booking)) {
          entry.offer(booking.getId(), freed.bookingId(), now);
          events.publishEvent(new WaitlistOffer(booking.getId()));
          events.publishEvent(new BookedTimesChanged(entry.getShopId()));
          return;
        }
      }
    }
  }

  private List<Slot> free(UUID shopId, Offering offering, LocalDate day) {
    return availability.slots(shopId, offering, null, day, day);
  }

  private Offering bookable(UUID shopId, UUID offeringId) {
    return menu.publicMenu(shopId).stream()
        .filter(o -> offeringId.equals(o.id()))
        .findFirst()
        .orElseThrow(() -> new InvalidRequestException("booking.slots.service-unavailable"));
  }
}

package com.otopair.booking;

import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.NotAllowedException;
import com.otopair.base.NotFoundException;
import com.otopair.booking.domain.Booking;
import com.otopair.booking.domain.BookingRepository;
import com.otopair.scheduling.BookedTimesChanged;
import com.otopair.shops.ShopMembership;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shop's side of bookings: the owner sees all of them, a mechanic their own; the owner cancels
 * (the customer is told why) or moves one to another mechanic; no-shows are marked once the time
 * has come.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ShopBookings {

  private final BookingRepository bookings;
  private final BookingSummaries summaries;
  private final ShopMembership membership;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final BookingMetrics metrics;

  ShopBookings(
      BookingRepository bookings,
      BookingSummaries summaries,
      ShopMembership membership,
      Clock clock,
      ApplicationEventPublisher events,
      BookingMetrics metrics) {
    this.bookings = bookings;
    this.summaries = summaries;
    this.membership = membership;
    this.clock = clock;
    this.events = events;
    this.metrics = metrics;
  }

  /** Bookings of the shop from {@code from} to {@code to}, as far as the signed-in user may see. */
  @Transactional(readOnly = true)
  public List<BookingSummary> between(UUID shopId, Instant from, Instant to) {
    UUID me = CurrentUser.require().id();
    boolean owner = membership.requireMember(shopId).owner();
    return summaries.of(
        bookings.ofShopBetween(shopId, from, to).stream()
            .filter(b -> owner || b.getMechanicId().equals(me))
            .toList());
  }

  /** The owner cancels an upcoming booking; the customer gets the reason by email. */
  public BookingSummary cancel(UUID bookingId, String reason) {
    Booking booking = owned(bookingId);
    Instant now = clock.instant();
    if (booking.getStatus() != BookingStatus.CONFIRMED || !booking.getStartsAt().isAfter(now)) {
      throw new ConflictException("booking.shop.cancel.not-upcoming");
    }
    String why = reason.strip();
    if (why.isEmpty()) {
      throw new InvalidRequestException("reason", "booking.shop.cancel.reason.required");
    }
    if (why.length() > 500) {
      throw new InvalidRequestException("reason", "booking.cancel.reason.too-long");
    }
    booking.end(BookingStatus.CANCELLED, why, "SHOP", false, now);
    events.publishEvent(new BookingCancelledByShop(booking.getId(), why));
    events.publishEvent(new BookingCancelled(booking.getId(), booking.getShopId(), "SHOP", why));
    metrics.cancelled("SHOP");
    events.publishEvent(
        new SlotsFreed(
            booking.getId(),
            booking.getShopId(),
            booking.getStartsAt().atZone(membership.zoneOf(booking.getShopId())).toLocalDate()));
    changed(booking);
    return summaries.of(List.of(booking)).getFirst();
  }

  /** The customer didn't come: marked once the booking's time has started. */
  public BookingSummary markNoShow(UUID bookingId) {
    Booking booking = visible(bookingId);
    Instant now = clock.instant();
    if (booking.getStatus() != BookingStatus.CONFIRMED) {
      throw new ConflictException("booking.shop.no-show.not-confirmed");
    }
    if (booking.getStartsAt().isAfter(now)) {
      throw new InvalidRequestException("booking.shop.no-show.too-early");
    }
    booking.end(BookingStatus.NO_SHOW, null, "SHOP", false, now);
    changed(booking);
    return summaries.of(List.of(booking)).getFirst();
  }

  /** Gives an upcoming booking to another mechanic of the shop who is free at that time. */
  public BookingSummary reassign(UUID bookingId, UUID mechanicId) {
    Booking booking = owned(bookingId);
    if (booking.getStatus() != BookingStatus.CONFIRMED
        || !booking.getStartsAt().isAfter(clock.instant())) {
      throw new ConflictException("booking.shop.move.not-upcoming");
    }
    if (!membership.mechanicsOf(booking.getShopId()).contains(mechanicId)) {
      throw new InvalidRequestException("mechanic", "booking.shop.move.not-member");
    }
    boolean busy =
        bookings
            .activeBetween(
                List.of(mechanicId),
                booking.getBlockedFrom(),
                booking.getBlockedUntil(),
                clock.instant())
            .stream()
            .anyMatch(other -> !other.getId().equals(booking.getId()));
    if (busy) {
      throw new InvalidRequestException("mechanic", "booking.shop.move.busy");
    }
    booking.reassign(mechanicId);
    try {
      bookings.flush();
    } catch (DataIntegrityViolationException e) {
      throw new InvalidRequestException("mechanic", "booking.shop.move.just-booked");
    }
    events.publishEvent(
        new BookingReassigned(booking.getId(), booking.getShopId(), booking.getMechanicId()));
    changed(booking);
    return summaries.of(List.of(booking)).getFirst();
  }

  private void changed(Booking booking) {
    try {
      bookings.flush();
    } catch (OptimisticLockingFailureException e) {
      throw new ConflictException("booking.shop.changed-meanwhile");
    }
    events.publishEvent(
        new BookingChanged(booking.getId(), booking.getShopId(), booking.getCustomerId()));
    events.publishEvent(new BookedTimesChanged(booking.getShopId()));
  }

  /**
   * A booking only the shop's owner may change: someone who doesn't work at its shop is told it
   * can't be found, and one of its mechanics that only the owner may.
   */
  private Booking owned(UUID bookingId) {
    Booking booking = find(bookingId);
    UUID me = CurrentUser.require().id();
    if (!membership.isMember(booking.getShopId(), me)) {
      throw new NotFoundException("booking.booking.not-found");
    }
    if (!membership.isOwner(booking.getShopId(), me)) {
      throw new NotAllowedException("booking.shop.owner-only");
    }
    return booking;
  }

  private Booking visible(UUID bookingId) {
    Booking booking = find(bookingId);
    UUID me = CurrentUser.require().id();
    if (!membership.isOwner(booking.getShopId(), me) && !booking.getMechanicId().equals(me)) {
      throw new NotFoundException("booking.booking.not-found");
    }
    return booking;
  }

  /** Locked until the transaction ends, so a change made at the same moment waits for this one. */
  private Booking find(UUID bookingId) {
    return bookings
        .lockById(bookingId)
        .orElseThrow(() -> new NotFoundException("booking.booking.not-found"));
  }
}

package com.otopair.booking;

import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.NotAllowedException;
import com.otopair.base.PlainText;
import com.otopair.booking.domain.Booking;
import com.otopair.identity.UserContacts;
import com.otopair.scheduling.BookingPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * The customer's way to a booking: hold a slot (10 minutes, price locked), then confirm it with the
 * vehicle, the problem and a phone number, to pay at the shop or online, or let it go.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class BookingHolds {

  public static final Duration HOLD = Duration.ofMinutes(10);

  /**
   * How long a slot stays held while the customer is on the payment page: a little longer than the
   * page itself stays open, so a payment made at its last second still finds its slot.
   */
  public static final Duration PAYMENT_HOLD = Duration.ofMinutes(37);

  private static final BookingCheckout AT_THE_SHOP =
      new BookingCheckout() {
        @Override
        public Option optionFor(UUID shopId) {
          return Option.AT_SHOP;
        }

        @Override
        public String open(UUID bookingId) {
          throw new ConflictException("booking.pay.at-shop-only");
        }

        @Override
        public void abandon(UUID bookingId) {}

        @Override
        public void refresh(UUID bookingId) {}
      };

  private final BookingAccess access;
  private final BookingSlots slots;
  private final CustomerVehicles vehicles;
  private final UserContacts contacts;
  private final BookingEvents events;
  private final Clock clock;
  private final SingletonSupplier<BookingCheckout> checkouts;

  BookingHolds(
      BookingAccess access,
      BookingSlots slots,
      CustomerVehicles vehicles,
      UserContacts contacts,
      BookingEvents events,
      Clock clock,
      ObjectProvider<BookingCheckout> checkouts) {
    this.access = access;
    this.slots = slots;
    this.vehicles = vehicles;
    this.contacts = contacts;
    this.events = events;
    this.clock = clock;
    // Looked up when needed: the payments module's checkout itself calls this service.
    this.checkouts = SingletonSupplier.of(() -> checkouts.getIfAvailable(() -> AT_THE_SHOP));
  }

  /**
   * Holds the slot starting at {@code start} for 10 minutes at today's price: with {@code
   * mechanicId}, or with whichever mechanic is free ("any mechanic"). The customer's earlier holds
   * are released. Refused with the nearest free slots when someone else was faster.
   */
  public BookingSummary hold(
      UUID shopId, UUID offeringId, @Nullable UUID mechanicId, Instant start) {
    return hold(shopId, offeringId, mechanicId, start, null);
  }

  /**
   * The same for a repair booked from a remote session: the booking keeps {@code originSessionId}
   * as it was given, an opaque id; the jobs module decides whether it means anything (a sent
   * summary of this shop for this customer) when the booking is confirmed.
   */
  public BookingSummary hold(
      UUID shopId,
      UUID offeringId,
      @Nullable UUID mechanicId,
      Instant start,
      @Nullable UUID originSessionId) {
    return hold(shopId, offeringId, mechanicId, start, originSessionId, BookingSource.WEB);
  }

  /** The same, made through {@code source}: the web booking flow or the API. */
  public BookingSummary hold(
      UUID shopId,
      UUID offeringId,
      @Nullable UUID mechanicId,
      Instant start,
      @Nullable UUID originSessionId,
      BookingSource source) {
    UUID me = CurrentUser.require().id();
    if (!contacts.isVerified(me)) {
      throw new NotAllowedException("booking.email.unverified");
    }
    slots.expireHolds();
    var offering = slots.bookable(shopId, offeringId);
    BookingPolicy policy = slots.policy(shopId);
    Booking held =
        slots.take(
            new BookingSlots.Wanted(shopId, offering, policy, mechanicId, start),
            me,
            slot -> {
              Instant now = clock.instant();
              var booking = Booking.of(shopId, me, offeringId, offering.name(), slot, policy, now);
              booking.hold(now.plus(HOLD));
              booking.cameFrom(originSessionId);
              booking.madeThrough(source);
              return booking;
            });
    events.held(held);
    return access.summary(held);
  }

  /**
   * Confirms the customer's live hold with their vehicle, the problem and a phone number, to pay at
   * the shop. Refused where the shop takes a card when booking: see {@link #payAndConfirm}.
   */
  public BookingSummary confirm(UUID bookingId, BookingDetails details) {
    Booking booking = access.myLocked(bookingId);
    Instant now = clock.instant();
    requireLiveHold(booking, now);
    if (checkout().optionFor(booking.getShopId()) == BookingCheckout.Option.ONLINE) {
      throw new ConflictException("booking.pay.card-required");
    }
    Details checked = checked(booking, details);
    booking.confirm(checked.vehicleId(), checked.problem(), checked.phone(), now);
    access.flushOrRefuse("booking.hold.released-meanwhile");
    confirmed(booking);
    return access.summary(booking);
  }

  /**
   * Saves the customer's details on their live hold and opens the payment page: the slot stays held
   * while they pay ({@link #PAYMENT_HOLD}), and the booking is confirmed when the card is
   * authorized. Answers the payment page's address.
   */
  public String payAndConfirm(UUID bookingId, BookingDetails details) {
    Booking booking = access.myLocked(bookingId);
    Instant now = clock.instant();
    requireLiveHold(booking, now);
    if (checkout().optionFor(booking.getShopId()) == BookingCheckout.Option.AT_SHOP) {
      throw new ConflictException("booking.pay.at-shop-confirm");
    }
    Details checked = checked(booking, details);
    booking.awaitPayment(
        checked.vehicleId(), checked.problem(), checked.phone(), now.plus(PAYMENT_HOLD));
    access.flushOrRefuse("booking.hold.released-meanwhile");
    events.changed(booking);
    return checkout().open(booking.getId());
  }

  /** Lets go of a hold the customer no longer wants. */
  public void releaseHold(UUID bookingId) {
    Booking booking = access.myLocked(bookingId);
    if (booking.getStatus() == BookingStatus.HELD) {
      booking.end(BookingStatus.EXPIRED, null, null, false, clock.instant());
      access.flushOrRefuse("booking.hold.changed-reload");
      events.changed(booking);
    }
  }

  /** The customer left the payment page of their held booking: it closes; the hold stays. */
  public void abandonPayment(UUID bookingId) {
    checkout().abandon(access.mine(bookingId).getId());
  }

  /** The customer opens their booking: an unfinished payment is checked with the gateway first. */
  public void refreshPayment(UUID bookingId) {
    Booking booking = access.mine(bookingId);
    if (booking.getStatus() == BookingStatus.HELD) {
      checkout().refresh(booking.getId());
    }
  }

  /** How customers of this shop pay for a booking. */
  @Transactional(readOnly = true)
  public BookingCheckout.Option paymentOption(UUID shopId) {
    return checkout().optionFor(shopId);
  }

  /**
   * Confirms a held booking whose payment went through. Answers false when the hold is gone (it ran
   * out and the slot was released): the payment must then be released too.
   */
  // The payments module calls it from the gateway's webhook and its outbox, where nobody signs in.
  @PreAuthorize("permitAll()")
  public boolean confirmPaid(UUID bookingId) {
    Booking booking = access.locked(bookingId).orElse(null);
    if (booking == null) {
      return false;
    }
    if (booking.getStatus() == BookingStatus.CONFIRMED
        || booking.getStatus() == BookingStatus.COMPLETED) {
      return true;
    }
    if (booking.getStatus() != BookingStatus.HELD) {
      return false;
    }
    booking.confirmPaid(clock.instant());
    access.flushOrRefuse("booking.change.changed-retry");
    confirmed(booking);
    return true;
  }

  /** Lets go of a hold whose payment page expired or was left. */
  // The payments module calls it when the payment page expires, where nobody signs in.
  @PreAuthorize("permitAll()")
  public void releaseUnpaid(UUID bookingId) {
    access
        .locked(bookingId)
        .filter(b -> b.getStatus() == BookingStatus.HELD)
        .ifPresent(
            booking -> {
              booking.end(BookingStatus.EXPIRED, null, null, false, clock.instant());
              access.flushOrRefuse("booking.hold.changed-retry");
              events.changed(booking);
            });
  }

  private void confirmed(Booking booking) {
    events.confirmed(booking, null);
    events.changed(booking);
  }

  private void requireLiveHold(Booking booking, Instant now) {
    if (booking.getStatus() != BookingStatus.HELD
        || booking.getHoldExpiresAt() == null
        || !booking.getHoldExpiresAt().isAfter(now)) {
      throw new ConflictException("booking.hold.ran-out");
    }
  }

  private record Details(UUID vehicleId, String problem, String phone) {}

  private Details checked(Booking booking, BookingDetails details) {
    UUID vehicleId = vehicles.resolve(booking.getCustomerId(), details.vehicle());
    PlainText.requireLines("problem", details.problem());
    BookingRules.refuse("problem", BookingRules.descriptionProblem(details.problem()));
    BookingRules.refuse("phone", BookingRules.phoneProblem(details.contactPhone()));
    return new Details(vehicleId, details.problem().strip(), details.contactPhone().strip());
  }

  private BookingCheckout checkout() {
    return checkouts.obtain();
  }
}

package com.otopair.booking;

import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.NotAllowedException;
import com.otopair.base.NotFoundException;
import com.otopair.base.PlainText;
import com.otopair.base.PlausibleDates;
import com.otopair.booking.domain.Booking;
import com.otopair.booking.domain.BookingInserts;
import com.otopair.booking.domain.BookingRepository;
import com.otopair.booking.domain.Vehicle;
import com.otopair.booking.domain.VehicleRepository;
import com.otopair.identity.UserContacts;
import com.otopair.scheduling.Availability;
import com.otopair.scheduling.BookedTimesChanged;
import com.otopair.scheduling.BookingPolicy;
import com.otopair.scheduling.Slot;
import com.otopair.shops.Offering;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's side of booking: hold a slot (10 minutes, price locked), confirm it with the
 * vehicle and the problem, cancel or reschedule under the shop's policy. Every booking is checked
 * against the slot engine, and the database refuses overlaps whatever happens concurrently.
 */
@Service
@Transactional
public class BookingService {

  public static final Duration HOLD = Duration.ofMinutes(10);

  /**
   * How long a slot stays held while the customer is on the payment page: a little longer than the
   * page itself stays open, so a payment made at its last second still finds its slot.
   */
  public static final Duration PAYMENT_HOLD = Duration.ofMinutes(37);

  private final BookingRepository bookings;
  private final BookingInserts inserts;
  private final VehicleRepository vehicles;
  private final Availability availability;
  private final ServiceMenu menu;
  private final ShopMembership shops;
  private final ShopService shopPages;
  private final UserContacts contacts;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final BookingSummaries summaries;
  private final BookingLinks links;
  private final List<BookingChangeGuard> guards;
  private final ObjectProvider<BookingCheckout> checkouts;

  BookingService(
      BookingRepository bookings,
      BookingInserts inserts,
      VehicleRepository vehicles,
      Availability availability,
      ServiceMenu menu,
      ShopMembership shops,
      ShopService shopPages,
      UserContacts contacts,
      Clock clock,
      ApplicationEventPublisher events,
      BookingSummaries summaries,
      BookingLinks links,
      List<BookingChangeGuard> guards,
      ObjectProvider<BookingCheckout> checkouts) {
    this.bookings = bookings;
    this.inserts = inserts;
    this.vehicles = vehicles;
    this.availability = availability;
    this.menu = menu;
    this.shops = shops;
    this.shopPages = shopPages;
    this.contacts = contacts;
    this.clock = clock;
    this.events = events;
    this.summaries = summaries;
    this.links = links;
    this.guards = guards;
    // Looked up when needed: the payments module's checkout itself calls this service.
    this.checkouts = checkouts;
  }

  /**
   * Holds the slot starting at {@code start} for 10 minutes at today's price: with {@code
   * mechanicId}, or with whichever mechanic is free ("any mechanic"). The customer's earlier holds
   * are released. Refused with the nearest free slots when someone else was faster.
   */
  @PreAuthorize("isAuthenticated()")
  public BookingSummary hold(
      UUID shopId, UUID offeringId, @Nullable UUID mechanicId, Instant start) {
    PlausibleDates.require("start", start, clock);
    UUID me = CurrentUser.require().id();
    if (!contacts.isVerified(me)) {
      throw new NotAllowedException(
          "Confirm your email first: we sent you a link when you signed up");
    }
    Offering offering = bookable(shopId, offeringId);
    Instant now = clock.instant();
    ZoneId zone = shops.zoneOf(shopId);
    LocalDate day = start.atZone(zone).toLocalDate();
    Duration duration = Duration.ofMinutes(offering.durationMinutes());
    BookingPolicy policy = availability.policy(shopId);
    requireWithinPolicy(start, policy, now, zone);
    availability.requireWithinHours(shopId, offering, start);
    bookings.expireHolds(now);
    if (policy.maxBookingsPerDay() != null) {
      inserts.lockDay(shopId, day);
    }
    // One live hold per customer: their holds are made one at a time, each releasing the earlier.
    inserts.lockCustomer(me);
    bookings.releaseHoldsOf(me);
    List<Slot> offered = availability.slots(shopId, offering, mechanicId, day, day);
    for (Slot slot : candidates(shopId, offered, mechanicId, start, duration, offering, day)) {
      var booking = Booking.of(shopId, me, offeringId, offering.name(), slot, policy, now);
      booking.hold(now.plus(HOLD));
      if (inserts.insertUnlessTaken(booking)) {
        changed(booking.getId(), shopId);
        return summary(bookings.findById(booking.getId()).orElseThrow());
      }
    }
    throw new SlotTakenException(alternatives(shopId, offering, start, zone), zone);
  }

  /**
   * Confirms the customer's live hold with their vehicle, the problem and a phone number, to pay at
   * the shop. Refused where the shop takes a card when booking: see {@link #payAndConfirm}.
   */
  @PreAuthorize("isAuthenticated()")
  public BookingSummary confirm(UUID bookingId, BookingDetails details) {
    Booking booking = myLocked(bookingId);
    Instant now = clock.instant();
    requireLiveHold(booking, now);
    if (checkout().optionFor(booking.getShopId()) == BookingCheckout.Option.ONLINE) {
      throw new ConflictException("This shop holds a card when you book; pay to confirm");
    }
    Details checked = checked(booking, details, now);
    booking.confirm(checked.vehicleId(), checked.problem(), checked.phone(), now);
    flushOrRefuse("Your hold on this slot was released meanwhile; pick a slot again");
    confirmed(booking);
    return summary(booking);
  }

  /**
   * Saves the customer's details on their live hold and opens the payment page: the slot stays held
   * while they pay ({@link #PAYMENT_HOLD}), and the booking is confirmed when the card is
   * authorized. Answers the payment page's address.
   */
  @PreAuthorize("isAuthenticated()")
  public String payAndConfirm(UUID bookingId, BookingDetails details) {
    Booking booking = myLocked(bookingId);
    Instant now = clock.instant();
    requireLiveHold(booking, now);
    if (checkout().optionFor(booking.getShopId()) == BookingCheckout.Option.AT_SHOP) {
      throw new ConflictException("This shop takes payment at the shop; confirm the booking");
    }
    Details checked = checked(booking, details, now);
    booking.awaitPayment(
        checked.vehicleId(), checked.problem(), checked.phone(), now.plus(PAYMENT_HOLD));
    flushOrRefuse("Your hold on this slot was released meanwhile; pick a slot again");
    changed(booking.getId(), booking.getShopId());
    return checkout().open(booking.getId());
  }

  /**
   * Confirms a held booking whose payment went through. Answers false when the hold is gone (it ran
   * out and the slot was released): the payment must then be released too.
   */
  public boolean confirmPaid(UUID bookingId) {
    Booking booking = bookings.lockById(bookingId).orElse(null);
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
    flushOrRefuse("This booking just changed; try again");
    confirmed(booking);
    return true;
  }

  /** Lets go of a hold whose payment page expired or was left. */
  public void releaseUnpaid(UUID bookingId) {
    bookings
        .lockById(bookingId)
        .filter(b -> b.getStatus() == BookingStatus.HELD)
        .ifPresent(
            booking -> {
              booking.end(BookingStatus.EXPIRED, null, null, false, clock.instant());
              flushOrRefuse("This hold just changed; try again");
              changed(booking.getId(), booking.getShopId());
            });
  }

  /** What a booking costs and who pays it: for the payments module. */
  @Transactional(readOnly = true)
  public BookingSummary booking(UUID bookingId) {
    return summary(
        bookings
            .findById(bookingId)
            .orElseThrow(() -> new NotFoundException("We couldn't find that booking")));
  }

  /**
   * An admin cancels an upcoming booking for the customer, with a reason: the payments module
   * refunds it in full.
   */
  @PreAuthorize("hasRole('ADMIN')")
  public BookingSummary forceCancel(UUID bookingId, String reason) {
    Booking booking =
        bookings
            .lockById(bookingId)
            .orElseThrow(() -> new NotFoundException("We couldn't find that booking"));
    PlainText.requireLine("reason", reason);
    String why = reason.strip();
    if (why.isEmpty()) {
      throw new InvalidRequestException("reason", "Say why the booking is cancelled");
    }
    if (why.length() > 500) {
      throw new InvalidRequestException("reason", "Keep the reason under 500 characters");
    }
    if (booking.getStatus() != BookingStatus.CONFIRMED
        && booking.getStatus() != BookingStatus.HELD) {
      throw new ConflictException("Only a held or confirmed booking can be cancelled");
    }
    Instant now = clock.instant();
    booking.end(BookingStatus.CANCELLED, why, "ADMIN", false, now);
    flushOrRefuse("This booking just changed; reload it and try again");
    events.publishEvent(new BookingCancelled(booking.getId(), booking.getShopId(), "ADMIN", why));
    freed(booking);
    changed(booking.getId(), booking.getShopId());
    return summary(booking);
  }

  private void confirmed(Booking booking) {
    events.publishEvent(
        new BookingConfirmed(
            booking.getId(),
            booking.getShopId(),
            booking.getMechanicId(),
            booking.getCustomerId(),
            booking.getStartsAt(),
            null));
    changed(booking.getId(), booking.getShopId());
  }

  private void requireLiveHold(Booking booking, Instant now) {
    if (booking.getStatus() != BookingStatus.HELD
        || booking.getHoldExpiresAt() == null
        || !booking.getHoldExpiresAt().isAfter(now)) {
      throw new ConflictException("Your 10-minute hold on this slot ran out; pick a slot again");
    }
  }

  private record Details(@Nullable UUID vehicleId, String problem, String phone) {}

  private Details checked(Booking booking, BookingDetails details, Instant now) {
    UUID vehicleId = vehicleFor(booking.getCustomerId(), details.vehicle(), now);
    PlainText.requireLines("problem", details.problem());
    refuse("problem", BookingRules.descriptionProblem(details.problem()));
    refuse("phone", BookingRules.phoneProblem(details.contactPhone()));
    return new Details(vehicleId, details.problem().strip(), details.contactPhone().strip());
  }

  /** Lets go of a hold the customer no longer wants. */
  @PreAuthorize("isAuthenticated()")
  public void releaseHold(UUID bookingId) {
    Booking booking = myLocked(bookingId);
    if (booking.getStatus() == BookingStatus.HELD) {
      booking.end(BookingStatus.EXPIRED, null, null, false, clock.instant());
      flushOrRefuse("This hold just changed; reload the page");
      changed(booking.getId(), booking.getShopId());
    }
  }

  /**
   * Cancels a confirmed booking. Inside the shop's cancellation window it is still cancelled but
   * marked late, and the summary says so.
   */
  @PreAuthorize("isAuthenticated()")
  public BookingSummary cancel(UUID bookingId, String reason) {
    return cancel(myLocked(bookingId), reason);
  }

  /** Cancels from a signed manage link, without signing in. */
  public BookingSummary cancelWithLink(UUID bookingId, String token, String reason) {
    return cancel(linkedLocked(bookingId, token), reason);
  }

  private static final BookingCheckout AT_THE_SHOP =
      new BookingCheckout() {
        @Override
        public Option optionFor(UUID shopId) {
          return Option.AT_SHOP;
        }

        @Override
        public String open(UUID bookingId) {
          throw new ConflictException("This shop takes payment at the shop");
        }

        @Override
        public void abandon(UUID bookingId) {}

        @Override
        public void refresh(UUID bookingId) {}
      };

  /** The customer left the payment page of their held booking: it closes; the hold stays. */
  @PreAuthorize("isAuthenticated()")
  public void abandonPayment(UUID bookingId) {
    checkout().abandon(mine(bookingId).getId());
  }

  /** The customer opens their booking: an unfinished payment is checked with the gateway first. */
  @PreAuthorize("isAuthenticated()")
  public void refreshPayment(UUID bookingId) {
    Booking booking = mine(bookingId);
    if (booking.getStatus() == BookingStatus.HELD) {
      checkout().refresh(booking.getId());
    }
  }

  private BookingCheckout checkout() {
    return checkouts.getIfAvailable(() -> AT_THE_SHOP);
  }

  /** How customers of this shop pay for a booking. */
  @Transactional(readOnly = true)
  public BookingCheckout.Option paymentOption(UUID shopId) {
    return checkout().optionFor(shopId);
  }

  private BookingSummary cancel(Booking booking, String reason) {
    Instant now = clock.instant();
    requireUpcoming(booking, now);
    PlainText.requireLine("reason", reason);
    String why = reason.strip();
    if (why.length() > 500) {
      throw new InvalidRequestException("reason", "Keep the reason under 500 characters");
    }
    BookingPolicy policy = availability.policy(booking.getShopId());
    boolean late = now.isAfter(booking.getStartsAt().minus(policy.cancellationWindow()));
    booking.end(BookingStatus.CANCELLED, why, "CUSTOMER", late, now);
    flushOrRefuse("This booking just changed; reload it and try again");
    events.publishEvent(
        new BookingCancelled(booking.getId(), booking.getShopId(), "CUSTOMER", why));
    freed(booking);
    changed(booking.getId(), booking.getShopId());
    return summary(booking);
  }

  /**
   * Moves a confirmed booking to another slot in one transaction: the old time is released only if
   * the new one is secured, and the shop's reschedule limit holds.
   */
  @PreAuthorize("isAuthenticated()")
  public BookingSummary reschedule(UUID bookingId, @Nullable UUID mechanicId, Instant newStart) {
    // Before the booking is loaded: the bulk update empties the persistence context.
    bookings.expireHolds(clock.instant());
    return reschedule(myLocked(bookingId), mechanicId, newStart);
  }

  /** A booking moved from a signed manage link, and the link to manage it at its new time. */
  public record Managed(BookingSummary booking, String token) {}

  /** Reschedules from a signed manage link, without signing in. */
  public Managed rescheduleWithLink(
      UUID bookingId, String token, @Nullable UUID mechanicId, Instant newStart) {
    bookings.expireHolds(clock.instant());
    BookingSummary moved = reschedule(linkedLocked(bookingId, token), mechanicId, newStart);
    return new Managed(moved, links.token(moved.id()));
  }

  /** The booking a signed manage link points at. */
  @Transactional(readOnly = true)
  public BookingSummary viewWithLink(UUID bookingId, String token) {
    return summary(linked(bookingId, token));
  }

  /** The shop's rules for the booking a signed manage link points at. */
  @Transactional(readOnly = true)
  public BookingPolicy policyWithLink(UUID bookingId, String token) {
    return availability.policy(linked(bookingId, token).getShopId());
  }

  /**
   * Moves {@code old}, loaded locked after the expired holds were released, so that nothing can
   * change it between the checks and the move.
   */
  private BookingSummary reschedule(Booking old, @Nullable UUID mechanicId, Instant newStart) {
    PlausibleDates.require("start", newStart, clock);
    UUID bookingId = old.getId();
    Instant now = clock.instant();
    requireUpcoming(old, now);
    BookingPolicy policy = availability.policy(old.getShopId());
    if (old.getRescheduleCount() >= policy.rescheduleLimit()) {
      throw new ConflictException(
          policy.rescheduleLimit() == 0
              ? "This shop doesn't allow rescheduling; cancel and book again"
              : "This booking was already moved "
                  + old.getRescheduleCount()
                  + (old.getRescheduleCount() == 1 ? " time" : " times")
                  + ", the most this shop allows; cancel and book again");
    }
    Offering offering = bookable(old.getShopId(), old.getOfferingId());
    old.end(BookingStatus.RESCHEDULED, null, "CUSTOMER", false, now);
    flushOrRefuse("This booking just changed; reload it and try again");
    ZoneId zone = shops.zoneOf(old.getShopId());
    LocalDate day = newStart.atZone(zone).toLocalDate();
    Duration duration = Duration.ofMinutes(offering.durationMinutes());
    requireWithinPolicy(newStart, policy, now, zone);
    availability.requireWithinHours(old.getShopId(), offering, newStart);
    if (policy.maxBookingsPerDay() != null) {
      inserts.lockDay(old.getShopId(), day);
    }
    List<Slot> offered = availability.slots(old.getShopId(), offering, mechanicId, day, day);
    for (Slot slot :
        candidates(old.getShopId(), offered, mechanicId, newStart, duration, offering, day)) {
      Booking moved = old.movedTo(slot, policy, now);
      if (inserts.insertUnlessTaken(moved)) {
        changed(old.getId(), old.getShopId());
        freed(old);
        events.publishEvent(
            new BookingConfirmed(
                moved.getId(),
                moved.getShopId(),
                moved.getMechanicId(),
                moved.getCustomerId(),
                moved.getStartsAt(),
                bookingId));
        return summary(bookings.findById(moved.getId()).orElseThrow());
      }
    }
    // Rolls the whole transaction back: the old booking stays as it was.
    throw new SlotTakenException(alternatives(old.getShopId(), offering, newStart, zone), zone);
  }

  /** The booking's day may now have room for someone on the waitlist. */
  private void freed(Booking booking) {
    events.publishEvent(
        new SlotsFreed(
            booking.getId(),
            booking.getShopId(),
            booking.getStartsAt().atZone(shops.zoneOf(booking.getShopId())).toLocalDate()));
  }

  private void changed(UUID bookingId, UUID shopId) {
    events.publishEvent(new BookingChanged(bookingId, shopId));
    events.publishEvent(new BookedTimesChanged(shopId));
  }

  /** The live shop at {@code slug}, for the booking pages' links. */
  @Transactional(readOnly = true)
  public UUID shopOf(String slug) {
    PlainText.requireLine("shop", slug);
    ShopService.PublicPage page = shopPages.publicPage(slug);
    if (page instanceof ShopService.PublicPage.Moved moved) {
      page = shopPages.publicPage(moved.slug());
    }
    if (page instanceof ShopService.PublicPage.Found found) {
      return found.shop().id();
    }
    throw new NotFoundException("That shop isn't taking bookings");
  }

  @Transactional(readOnly = true)
  public ZoneId zoneOf(UUID shopId) {
    return shops.zoneOf(shopId);
  }

  /** The signed-in customer's bookings, newest first. */
  @Transactional(readOnly = true)
  @PreAuthorize("isAuthenticated()")
  public List<BookingSummary> myBookings() {
    UUID me = CurrentUser.require().id();
    return summaries(bookings.findByCustomerIdOrderByStartsAtDesc(me));
  }

  @Transactional(readOnly = true)
  @PreAuthorize("isAuthenticated()")
  public BookingSummary myBooking(UUID bookingId) {
    return summary(mine(bookingId));
  }

  /** The rules the customer's booking is under: its shop's policy. */
  @Transactional(readOnly = true)
  @PreAuthorize("isAuthenticated()")
  public BookingPolicy policyOf(UUID bookingId) {
    return availability.policy(mine(bookingId).getShopId());
  }

  /** The customer's saved vehicles, most recent first. */
  @Transactional(readOnly = true)
  @PreAuthorize("isAuthenticated()")
  public List<VehicleDetails> myVehicles() {
    UUID me = CurrentUser.require().id();
    return vehicles.findByCustomerIdOrderByCreatedAtDesc(me).stream()
        .map(
            v ->
                new VehicleDetails(
                    v.getId(), v.getYear(), v.getMake(), v.getModel(), v.getVin(), v.getPlate()))
        .toList();
  }

  // --- rules

  private Offering bookable(UUID shopId, UUID offeringId) {
    return menu.publicMenu(shopId).stream()
        .filter(o -> offeringId.equals(o.id()))
        .findFirst()
        .orElseThrow(
            () -> new InvalidRequestException("service", "That service can't be booked right now"));
  }

  /**
   * The slots to try, best first: the one offered at {@code start} (for "any mechanic", the
   * engine's pick: the least-booked mechanic that day), then, for "any mechanic", the others free
   * at that time, in case someone takes the first meanwhile.
   */
  private List<Slot> candidates(
      UUID shopId,
      List<Slot> offered,
      @Nullable UUID mechanicId,
      Instant start,
      Duration duration,
      Offering offering,
      LocalDate day) {
    List<Slot> ordered =
        new ArrayList<>(offered.stream().filter(s -> s.start().equals(start)).toList());
    if (!ordered.isEmpty() && mechanicId == null) {
      UUID first = ordered.getFirst().mechanicId();
      availability.everyMechanic(shopId, offering, day, day).stream()
          .filter(s -> s.start().equals(start) && !s.mechanicId().equals(first))
          .forEach(ordered::add);
    }
    return ordered;
  }

  /** Refuses a start that no slot could have: past, sooner than the notice, beyond the horizon. */
  private static void requireWithinPolicy(
      Instant start, BookingPolicy policy, Instant now, ZoneId zone) {
    if (!start.isAfter(now)) {
      throw new InvalidRequestException("start", "That time has passed; pick a later slot");
    }
    if (start.isBefore(now.plus(policy.minimumNotice()))) {
      throw new InvalidRequestException(
          "start",
          "This shop needs "
              + Durations.words(policy.minimumNotice())
              + " notice; pick a later slot");
    }
    if (start
        .atZone(zone)
        .toLocalDate()
        .isAfter(now.atZone(zone).toLocalDate().plusDays(policy.horizonDays()))) {
      throw new InvalidRequestException(
          "start", "This shop takes bookings up to " + policy.horizonDays() + " days ahead");
    }
  }

  /** The three free slots nearest to {@code wanted}, with any mechanic, within a week. */
  private List<Slot> alternatives(UUID shopId, Offering offering, Instant wanted, ZoneId zone) {
    LocalDate day = wanted.atZone(zone).toLocalDate();
    List<Slot> free = availability.slots(shopId, offering, null, day, day.plusDays(7));
    return nearest(free, wanted, Set.of(wanted));
  }

  private static List<Slot> nearest(List<Slot> offered, Instant wanted, Collection<Instant> taken) {
    Set<Instant> seen = new HashSet<>(taken);
    return offered.stream()
        .sorted(
            Comparator.comparingLong(
                s -> Math.abs(Duration.between(wanted, s.start()).toSeconds())))
        .filter(s -> seen.add(s.start()))
        .limit(3)
        .sorted(Comparator.comparing(Slot::start))
        .toList();
  }

  /**
   * Writes the change now. Changes load the booking locked, so this only refuses (with {@code
   * message}, not an error page) when a bulk update of this transaction changed it meanwhile.
   */
  private void flushOrRefuse(String message) {
    try {
      bookings.flush();
    } catch (OptimisticLockingFailureException e) {
      throw new ConflictException(message);
    }
  }

  private void requireUpcoming(Booking booking, Instant now) {
    if (booking.getStatus() != BookingStatus.CONFIRMED) {
      throw new ConflictException("Only a confirmed booking can be changed");
    }
    if (!booking.getStartsAt().isAfter(now)) {
      throw new ConflictException("This booking has already started");
    }
    for (BookingChangeGuard guard : guards) {
      guard
          .refusal(booking.getId())
          .ifPresent(
              reason -> {
                throw new ConflictException(reason);
              });
    }
  }

  /** Why the customer may not cancel or move this booking now, if another module says so. */
  @Transactional(readOnly = true)
  public Optional<String> changeRefusal(UUID bookingId) {
    return guards.stream().map(g -> g.refusal(bookingId)).flatMap(Optional::stream).findFirst();
  }

  private UUID vehicleFor(UUID customerId, VehicleDetails details, Instant now) {
    if (details.id() != null) {
      Vehicle saved =
          vehicles
              .findById(details.id())
              .filter(v -> v.getCustomerId().equals(customerId))
              .orElseThrow(
                  () -> new InvalidRequestException("vehicle", "Pick one of your vehicles"));
      return saved.getId();
    }
    refuse("year", BookingRules.yearProblem(details.year(), LocalDate.now(clock).getYear()));
    refuse("make", BookingRules.makeProblem(details.make()));
    refuse("model", BookingRules.modelProblem(details.model()));
    refuse("vin", BookingRules.vinProblem(details.vin()));
    refuse("plate", BookingRules.plateProblem(details.plate()));
    String make = details.make().strip();
    String model = details.model().strip();
    String vin =
        details.vin() == null || details.vin().isBlank() ? null : Vin.normalize(details.vin());
    String plate = details.plate().strip().toUpperCase(Locale.ROOT);
    return vehicles
        .save(new Vehicle(customerId, details.year(), make, model, vin, plate, now))
        .getId();
  }

  private static void refuse(String field, @Nullable String problem) {
    if (problem != null) {
      throw new InvalidRequestException(field, problem);
    }
  }

  private Booking linked(UUID bookingId, String token) {
    requireValidLink(bookingId, token);
    return found(bookings.findById(bookingId));
  }

  /** The booking a manage link points at, locked for a change: see {@link #myLocked}. */
  private Booking linkedLocked(UUID bookingId, String token) {
    requireValidLink(bookingId, token);
    return found(bookings.lockById(bookingId));
  }

  private void requireValidLink(UUID bookingId, String token) {
    if (!links.valid(bookingId, token)) {
      throw new InvalidRequestException(
          "That link doesn't work; open the latest email about this booking");
    }
  }

  private Booking mine(UUID bookingId) {
    return mine(bookings.findById(bookingId));
  }

  /**
   * The customer's booking, locked for a change until the transaction ends: a change made at the
   * same moment (another tab, the manage link, the shop) waits, then finds the state this one left.
   */
  private Booking myLocked(UUID bookingId) {
    return mine(bookings.lockById(bookingId));
  }

  private Booking mine(Optional<Booking> booking) {
    UUID me = CurrentUser.require().id();
    // The same answer for someone else's booking as for none: nothing leaks.
    return found(booking.filter(b -> b.getCustomerId().equals(me)));
  }

  private static Booking found(Optional<Booking> booking) {
    return booking.orElseThrow(() -> new NotFoundException("We couldn't find that booking"));
  }

  BookingSummary summary(Booking booking) {
    return summaries.of(List.of(booking)).getFirst();
  }

  List<BookingSummary> summaries(List<Booking> list) {
    return summaries.of(list);
  }
}

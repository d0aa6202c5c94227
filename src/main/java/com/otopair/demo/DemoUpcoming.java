package com.otopair.demo;

import com.otopair.booking.BookingNoteProvisioning;
import com.otopair.booking.BookingProvisioning;
import com.otopair.booking.BookingSource;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.JobProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopMembership;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The bookings the live shops' regulars made over the last week for the visits to come, so the
 * bookings made per day go on up to today instead of stopping when the history's visits do; and
 * when the demo's other upcoming bookings were made: a customer books 1 to 21 days ahead. Each live
 * shop also took a few bookings on the phone: a visit done last week, one to come for a regular,
 * and one for a caller it gave an account to, who hasn't claimed it yet. Support had a hand in a
 * few: notes, and one visit moved, so the admin's page of a booking has a story to show.
 */
@Component
class DemoUpcoming {

  /** The longest a customer books ahead, in days. */
  static final int LEAD_DAYS = 21;

  /** The days before today on which each live shop had bookings made. */
  private static final int DAYS = 7;

  private final BookingProvisioning bookings;
  private final JobProvisioning jobs;
  private final ServiceMenu menu;
  private final ShopMembership membership;
  private final UserProvisioning users;
  private final BookingNoteProvisioning support;
  private final Clock clock;

  DemoUpcoming(
      BookingProvisioning bookings,
      JobProvisioning jobs,
      ServiceMenu menu,
      ShopMembership membership,
      UserProvisioning users,
      BookingNoteProvisioning support,
      Clock clock) {
    this.bookings = bookings;
    this.support = support;
    this.users = users;
    this.jobs = jobs;
    this.menu = menu;
    this.membership = membership;
    this.clock = clock;
  }

  /**
   * When a visit on {@code day} at a shop in {@code zone} was booked: 1 to {@link #LEAD_DAYS} days
   * before, on a day before today (now, for a visit further ahead than that), in the day or
   * evening.
   */
  static Instant bookedBefore(LocalDate day, ZoneId zone, Instant now, Random draw) {
    long ahead = ChronoUnit.DAYS.between(LocalDate.ofInstant(now, zone), day);
    if (ahead < 0 || ahead >= LEAD_DAYS) {
      return now;
    }
    return day.minusDays(ahead + 1 + draw.nextInt(LEAD_DAYS - (int) ahead))
        .atTime(8 + draw.nextInt(14), draw.nextInt(60))
        .atZone(zone)
        .toInstant();
  }

  /** A moment of the {@code days} before now, for visits booked further ahead than that. */
  static Instant bookedLately(Instant now, int days, Random draw) {
    return now.minus(Duration.ofDays(1 + draw.nextInt(days)))
        .minus(Duration.ofMinutes(draw.nextInt(10 * 60)));
  }

  /**
   * Each live shop's regulars booked visits of the coming weeks on each of the last {@link #DAYS}
   * days; their jobs wait for them, requested. Returns how many were made.
   */
  int load(List<UUID> liveShops, DemoRegulars customers) {
    var draw = new Random(202612);
    List<UUID> made = new ArrayList<>();
    for (int s = 0; s < liveShops.size() && s < DemoVisitHistory.WEEKLY.length; s++) {
      UUID shop = liveShops.get(s);
      ZoneId zone = membership.zoneOf(shop);
      LocalDate today = LocalDate.now(clock.withZone(zone));
      List<Offering> offered = menu.publicMenu(shop);
      List<Offering> services = DemoVisitHistory.inShop(menu, shop);
      // One a day and shop: about as many as the history's visits make a day, without a bump.
      for (int back = DAYS; back >= 1; back--) {
        LocalDate on = today.minusDays(back);
        Instant bookedAt =
            on.atTime(8 + draw.nextInt(13), draw.nextInt(60)).atZone(zone).toInstant();
        UUID customer = customers.regular(draw, customers.of(s), bookedAt);
        Offering service = DemoVisitHistory.pick(draw, services, today.getMonth(), s);
        int nth = offered.indexOf(service) + offered.size() * draw.nextInt(8);
        // A visit in the coming days or weeks, about three weeks at most after it was booked.
        LocalDate day = on.plusDays(back + 1L + draw.nextInt(LEAD_DAYS - back));
        for (LocalDate visit = day;
            !visit.isAfter(on.plusDays(LEAD_DAYS + 3L));
            visit = visit.plusDays(1)) {
          Optional<UUID> booked =
              bookings.book(
                  customer, shop, nth, visit, DemoVisitPlan.carOf(customer), "", bookedAt);
          if (booked.isPresent()) {
            made.add(booked.get());
            break;
          }
        }
      }
    }
    jobs.requested(made);
    supportsHand(made);
    return made.size() + phoneCalls(liveShops, customers);
  }

  /**
   * Support's hand in the first shop's first booking (a note, a move at the customer's request, a
   * note on the booking it became) and a note on the second shop's first.
   */
  private void supportsHand(List<UUID> made) {
    String email = DemoAccounts.ADMIN.email();
    Optional<UUID> admin = users.findByEmail(email);
    if (admin.isEmpty() || made.isEmpty()) {
      return;
    }
    UUID first = made.getFirst();
    support.note(
        first,
        admin.get(),
        email,
        "The customer called support: they may be ten minutes late, and the shop knows.");
    support
        .move(first, email)
        .ifPresent(
            moved ->
                support.note(
                    moved,
                    admin.get(),
                    email,
                    "Moved at the customer's request, by phone: their car is at the dealer's"
                        + " until then."));
    if (made.size() > DAYS) {
      support.note(
          made.get(DAYS),
          admin.get(),
          email,
          "Asked support to confirm the price of synthetic oil before the visit.");
    }
  }

  /**
   * The bookings each live shop took on the phone ({@link BookingSource#PHONE}), with their own
   * draw so the rest of the story stays as it was: a regular's visit to come, and a visit to come
   * for a new caller, whose account the shop made and who hasn't claimed it yet. Returns how many
   * were made.
   */
  private int phoneCalls(List<UUID> liveShops, DemoRegulars customers) {
    var draw = new Random(202621);
    List<UUID> upcoming = new ArrayList<>();
    for (int s = 0; s < liveShops.size() && s < DemoVisitHistory.WEEKLY.length; s++) {
      UUID shop = liveShops.get(s);
      ZoneId zone = membership.zoneOf(shop);
      Instant now = clock.instant();
      LocalDate today = LocalDate.now(clock.withZone(zone));
      List<Offering> offered = menu.publicMenu(shop);
      if (offered.isEmpty()) {
        continue;
      }
      UUID regular = customers.regular(draw, customers.of(s), now);
      UUID caller =
          users.findOrCreateCustomer(
              CALLERS[s % CALLERS.length],
              "caller" + (s + 1) + "@phone-bookings.test",
              "+1 438 555 02" + (60 + s));
      for (UUID customer : List.of(regular, caller)) {
        int nth = draw.nextInt(offered.size() * 8);
        for (LocalDate day = today.plusDays(2 + draw.nextInt(5));
            !day.isAfter(today.plusDays(LEAD_DAYS));
            day = day.plusDays(1)) {
          Optional<UUID> booked =
              bookings.book(
                  customer,
                  shop,
                  nth,
                  day,
                  DemoVisitPlan.carOf(customer),
                  "",
                  bookedLately(now, 3, draw),
                  BookingSource.PHONE);
          if (booked.isPresent()) {
            upcoming.add(booked.get());
            break;
          }
        }
      }
    }
    jobs.requested(upcoming);
    return upcoming.size();
  }

  /** The callers the live shops made accounts for, in {@link DemoShops}' order. */
  private static final String[] CALLERS = {"Denis Lavoie", "Chantal Roy", "Kevin Brooks"};
}

package com.otopair.reviews;

import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingProvisioning;
import com.otopair.booking.VehicleDetails;
import com.otopair.consult.ConsultFixtures;
import com.otopair.consult.ConsultProvisioning;
import com.otopair.consult.EndReason;
import com.otopair.consult.SessionStatus;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.JobProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.MutableClock;
import com.otopair.support.TestDays;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * Visits to review, new for each call so tests own their data: a {@link BookingFixtures} shop (Alex
 * and Béa, a $80 oil change), its customers' bookings (confirmed, or done: their job completed),
 * and live sessions of its remote chat that ended with Béa or expired. Provisioned without events,
 * so no mail of theirs is in flight.
 */
public class ReviewFixtures {

  /** One shop and its remote chat service, with its own customer (Emma Tremblay). */
  public record Shop(BookingFixtures booking, ConsultFixtures consult) {

    public UUID id() {
      return booking.shop().shopId();
    }

    public UUID bea() {
      return booking.shop().bea();
    }
  }

  private final UserProvisioning users;
  private final ShopProvisioning shops;
  private final ShopMembership membership;
  private final ScheduleProvisioning schedules;
  private final BookingProvisioning bookings;
  private final JobProvisioning jobs;
  private final ConsultProvisioning consult;
  private final ServiceMenu menu;
  private final Clock clock;

  public ReviewFixtures(ApplicationContext beans) {
    this.users = beans.getBean(UserProvisioning.class);
    this.shops = beans.getBean(ShopProvisioning.class);
    this.membership = beans.getBean(ShopMembership.class);
    this.schedules = beans.getBean(ScheduleProvisioning.class);
    this.bookings = beans.getBean(BookingProvisioning.class);
    this.jobs = beans.getBean(JobProvisioning.class);
    this.consult = beans.getBean(ConsultProvisioning.class);
    this.menu = beans.getBean(ServiceMenu.class);
    this.clock = beans.getBean(MutableClock.class);
  }

  public Shop shop() {
    var booking = BookingFixtures.create(users, shops, membership, schedules);
    return new Shop(booking, ConsultFixtures.at(booking.shop(), users, shops, membership));
  }

  /** {@code count} new customers ("Casey Customer 0" ...): their emails. */
  public List<String> customers(int count) {
    return BookingFixtures.customers(users, count);
  }

  public UUID userId(String email) {
    return users.findByEmail(email).orElseThrow();
  }

  /** A confirmed booking of the customer, on the first Monday ahead with a free hour. */
  public UUID confirmed(Shop shop, String customerEmail) {
    LocalDate day = TestDays.nextMonday(clock, ZoneId.of("America/Toronto"));
    // The oil change: provisioning books the nth service of the public menu.
    int oilChange =
        menu.publicMenu(shop.id()).stream()
            .map(Offering::id)
            .toList()
            .indexOf(shop.booking().oilChange());
    for (int week = 0; week < 20; week++) {
      Optional<UUID> booked =
          bookings.book(
              userId(customerEmail),
              shop.id(),
              oilChange,
              day.plusWeeks(week),
              new VehicleDetails(null, 2019, "Toyota", "Corolla", null, "abc 123"),
              "Oil light on");
      if (booked.isPresent()) {
        return booked.get();
      }
    }
    throw new IllegalStateException("No free hour in 20 weeks");
  }

  /** A booking of the customer whose job is completed: a visit they may review. */
  public UUID completed(Shop shop, String customerEmail) {
    UUID booking = confirmed(shop, customerEmail);
    jobs.completed(List.of(booking));
    return booking;
  }

  /**
   * A live session of the shop's own customer that ended with Béa (or finished as {@code status}).
   */
  public UUID session(Shop shop, SessionStatus status) {
    var c = shop.consult();
    boolean ran = status == SessionStatus.ENDED;
    return consult.finished(
        new ConsultProvisioning.Ask(
            shop.id(),
            membership.shopName(shop.id()),
            chat(shop),
            c.customerId(),
            "Emma Tremblay",
            "2016 Honda Civic",
            "It shakes at 100 km/h."),
        clock.instant().minus(Duration.ofHours(3)),
        status,
        ran ? EndReason.TIME_UP : EndReason.NOBODY_CAME,
        ran ? shop.bea() : null,
        ran ? "Béa Roy" : null,
        List.of("It shakes at 100 km/h.", "Probably a wheel balance."));
  }

  private Offering chat(Shop shop) {
    return menu.publicMenu(shop.id()).stream()
        .filter(o -> shop.consult().chat().equals(o.id()))
        .findFirst()
        .orElseThrow();
  }
}

package com.otopair.booking;

import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.TestDays;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A booking of the {@link BookingFixtures} shop, next week's Monday, confirmed for a new customer
 * by provisioning (so no event of it is in the outbox), with the event its confirmation publishes:
 * a module test publishes it and watches another module react.
 */
public record ConfirmedBooking(
    BookingFixtures shop, String customerEmail, UUID bookingId, BookingConfirmed confirmed) {

  /** As below, with the application's own beans. */
  public static ConfirmedBooking create(ApplicationContext beans, Clock clock) {
    return create(
        beans.getBean(UserProvisioning.class),
        beans.getBean(ShopProvisioning.class),
        beans.getBean(ShopMembership.class),
        beans.getBean(ScheduleProvisioning.class),
        beans.getBean(BookingProvisioning.class),
        beans.getBean(JdbcTemplate.class),
        clock);
  }

  public static ConfirmedBooking create(
      UserProvisioning users,
      ShopProvisioning shops,
      ShopMembership membership,
      ScheduleProvisioning schedules,
      BookingProvisioning provisioning,
      JdbcTemplate jdbc,
      Clock clock) {
    var fixture = BookingFixtures.create(users, shops, membership, schedules);
    String email = BookingFixtures.customers(users, 1).getFirst();
    UUID customer = users.findByEmail(email).orElseThrow();
    LocalDate monday = TestDays.nextMonday(clock, ZoneId.of("America/Toronto"));
    UUID bookingId =
        provisioning
            .book(
                customer,
                fixture.shop().shopId(),
                0,
                monday,
                new VehicleDetails(null, 2019, "Toyota", "Corolla", null, "abc 123"),
                "Oil light on")
            .orElseThrow();
    BookingConfirmed confirmed =
        jdbc.queryForObject(
            "select shop_id, mechanic_id, customer_id, starts_at from bookings where id = ?",
            (rs, n) ->
                new BookingConfirmed(
                    bookingId,
                    rs.getObject("shop_id", UUID.class),
                    rs.getObject("mechanic_id", UUID.class),
                    rs.getObject("customer_id", UUID.class),
                    rs.getTimestamp("starts_at").toInstant(),
                    null),
            bookingId);
    return new ConfirmedBooking(fixture, email, bookingId, confirmed);
  }
}

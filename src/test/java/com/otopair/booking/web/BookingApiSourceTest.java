package com.otopair.booking.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingSource;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import java.time.ZoneId;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A booking held through the API says so, in the database and in the API's answer. */
class BookingApiSourceTest extends IntegrationTest {

  @Autowired BookingApiController api;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aHoldMadeThroughTheApiIsApi() {
    var fixture = BookingFixtures.create(users, shops, membership, schedules);
    ZoneId toronto = ZoneId.of("America/Toronto");
    var start = TestDays.nextMonday(clock, toronto).atTime(10, 0).atZone(toronto).toInstant();
    SignIn.as(userDetails, BookingFixtures.customers(users, 1).getFirst());

    var held =
        Objects.requireNonNull(
            api.hold(
                    new ApiModels.HoldRequest(
                        membership.ref(fixture.shop().shopId()).slug(),
                        fixture.oilChange(),
                        fixture.shop().bea(),
                        start))
                .getBody());

    assertThat(held.source()).isEqualTo(BookingSource.API);
    assertThat(
            jdbc.queryForObject(
                "select source from bookings where id = ?", String.class, held.id()))
        .isEqualTo("API");
  }
}

package com.otopair.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.booking.BookingProvisioning;
import com.otopair.booking.ConfirmedBooking;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.FreshDatabaseTest;
import com.otopair.support.TestClockConfiguration;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The jobs module on its own (and what it depends on), reacting to the booking module's events
 * through the outbox.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(locations = "classpath:module-test.properties")
@Import(TestClockConfiguration.class)
// A context of its own: after the shared context's tests, before the fresh database's.
@Order(FreshDatabaseTest.ORDER - 1)
class JobScenariosTest {

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired BookingProvisioning provisioning;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  @Test
  void aConfirmedBookingOpensOneRequestedJob(Scenario scenario) {
    var booking =
        ConfirmedBooking.create(users, shops, membership, schedules, provisioning, jdbc, clock);

    scenario
        .publish(booking.confirmed())
        .andWaitForStateChange(
            () ->
                jdbc.queryForList(
                    "select status from jobs where booking_id = ?",
                    String.class,
                    booking.bookingId()),
            statuses -> !statuses.isEmpty())
        .andVerify(statuses -> assertThat(statuses).isEqualTo(List.of("REQUESTED")));
  }
}

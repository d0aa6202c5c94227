package com.otopair.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.booking.BookingProvisioning;
import com.otopair.booking.ConfirmedBooking;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.FreshDatabaseTest;
import com.otopair.support.TestClockConfiguration;
import com.otopair.support.TestMail;
import java.time.Clock;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The notifications module (and what it depends on) mailing the milestones other modules publish,
 * through the outbox to a real SMTP server (GreenMail).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(locations = "classpath:module-test.properties")
@Import(TestClockConfiguration.class)
// A context of its own: after the shared context's tests, before the fresh database's.
@Order(FreshDatabaseTest.ORDER - 1)
class NotificationScenariosTest {

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired BookingProvisioning provisioning;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", TestMail::port);
  }

  @Test
  void aConfirmedBookingMailsTheCustomerOnce(Scenario scenario) {
    var booking =
        ConfirmedBooking.create(users, shops, membership, schedules, provisioning, jdbc, clock);

    scenario
        .publish(booking.confirmed())
        .andWaitForStateChange(
            () -> TestMail.receivedBy(booking.customerEmail()), mails -> !mails.isEmpty())
        .andVerify(
            mails ->
                assertThat(mails)
                    .extracting(TestMail::subject)
                    .singleElement()
                    .asString()
                    .startsWith("Booked: Oil change at Schedule Garage "));
  }
}

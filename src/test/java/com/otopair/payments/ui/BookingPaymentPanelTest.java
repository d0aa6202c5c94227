package com.otopair.payments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Money;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.JobBoard;
import com.otopair.jobs.JobWorkflow;
import com.otopair.payments.AdminPayments;
import com.otopair.payments.PaymentView;
import com.otopair.payments.ShopPayments;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

class BookingPaymentPanelTest extends KaribuTest {

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired JobWorkflow workflow;
  @Autowired BookingHolds bookings;
  @Autowired JobBoard jobs;
  @Autowired ShopPayments shopPayments;
  @Autowired AdminPayments adminPayments;
  @Autowired BookingPaymentPanel panel;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aRefundIsDatedInTheShopsZoneNotTheServers() {
    var fixture = BookingFixtures.create(users, shops, membership, schedules);
    var money =
        new PaymentFixtures(fixture, bookings, jobs, workflow, shopPayments, userDetails, clock);
    String customer = BookingFixtures.customers(users, 1).getFirst();
    PaymentView due = money.due(customer, LocalTime.of(10, 0));
    SignIn.as(userDetails, fixture.shop().ownerEmail());
    shopPayments.markPaid(due.id());
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    adminPayments.refund(due.id(), new Money(1000, "CAD"), "Wiper blades were on the house");
    Awaitility.await()
        .pollInSameThread()
        .atMost(Duration.ofSeconds(15))
        .until(() -> adminPayments.payment(due.id()).refunds().getFirst().done());

    // The shop is in Vancouver; the refund went back on March 9 at 10:30 PM there, which is
    // already March 10 in UTC and in Toronto.
    jdbc.update(
        "update shops set time_zone = 'America/Vancouver' where id = ?", fixture.shop().shopId());
    Instant wentBack = Instant.parse("2027-03-10T06:30:00Z");
    jdbc.update(
        "update payment_refunds set completed_at = ? where payment_id = ?",
        Timestamp.from(wentBack),
        due.id());
    assertThat(ZoneId.systemDefault()).isNotEqualTo(ZoneId.of("America/Vancouver"));

    signInAs(customer);
    Component card = panel.panelFor(due.subject().id()).orElseThrow();

    List<String> refunds =
        card.getChildren()
            .flatMap(Component::getChildren)
            .filter(ListItem.class::isInstance)
            .map(item -> item.getElement().getTextRecursively())
            .toList();
    assertThat(refunds)
        .containsExactly("$10.00 CAD refunded on Mar 9: Wiper blades were on the house");
  }
}

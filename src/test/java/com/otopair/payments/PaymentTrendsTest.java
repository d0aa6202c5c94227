package com.otopair.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.DailyTotals;
import com.otopair.booking.BookingFixtures;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The admin's money over time and payment failures: taken minus refunded per UTC day and currency,
 * never summed across currencies; failures are the payments whose money did not move as it should.
 */
class PaymentTrendsTest extends IntegrationTest {

  @Autowired PaymentTrends trends;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  UUID shopId;
  UUID customerId;
  int invoices;

  @BeforeEach
  void aShopAndACustomer() {
    shopId = BookingFixtures.create(users, shops, membership, schedules).shop().shopId();
    customerId = users.findByEmail(BookingFixtures.customers(users, 1).getFirst()).orElseThrow();
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
  }

  private UUID payment(
      String status, String currency, long captured, @Nullable String failure, Instant updated) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        """
        insert into payments (id, shop_id, customer_id, subject_kind, subject_id, description,
            gateway, status, currency, amount_minor, captured_minor, failure, created_at,
            updated_at)
        values (?, ?, ?, 'BOOKING', ?, 'Brakes', 'OFFLINE', ?, ?, ?, ?, ?, ?, ?)
        """,
        id,
        shopId,
        customerId,
        UUID.randomUUID(),
        status,
        currency,
        Math.max(captured, 10_000),
        captured,
        failure,
        Timestamp.from(updated),
        Timestamp.from(updated));
    return id;
  }

  private void receipt(UUID payment, Instant issued) {
    jdbc.update(
        "insert into invoices (id, shop_id, payment_id, number, issued_at) values (?, ?, ?, ?, ?)",
        UUID.randomUUID(),
        shopId,
        payment,
        ++invoices,
        Timestamp.from(issued));
  }

  private void refund(UUID payment, long amount, Instant done) {
    jdbc.update(
        """
        insert into payment_refunds (id, payment_id, amount_minor, from_first_minor,
            from_extra_minor, kind, reason, status, created_at, completed_at)
        values (?, ?, ?, ?, 0, 'ADMIN', 'Goodwill', 'DONE', ?, ?)
        """,
        UUID.randomUUID(),
        payment,
        amount,
        amount,
        Timestamp.from(done),
        Timestamp.from(done));
    jdbc.update(
        "update payments set refunded_minor = refunded_minor + ? where id = ?", amount, payment);
  }

  private static long on(Map<String, DailyTotals> net, String currency, int daysAgo) {
    DailyTotals totals = net.get(currency);
    if (totals == null) {
      return 0;
    }
    return totals.values().get(totals.values().size() - 1 - daysAgo);
  }

  @Test
  void moneyIsTakenMinusRefundedPerUtcDayAndPerCurrency() {
    Map<String, DailyTotals> before = trends.netPerDay(30);
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    Instant midnight = DailyTotals.startOf(today);

    UUID early = payment("CAPTURED", "CAD", 10_000, null, clock.instant());
    receipt(early, midnight.plusSeconds(1));
    UUID late = payment("REFUNDED", "CAD", 5_000, null, clock.instant());
    receipt(late, midnight.minusSeconds(1));
    UUID dollars = payment("CAPTURED", "USD", 7_000, null, clock.instant());
    receipt(dollars, clock.instant());
    refund(early, 2_500, clock.instant());
    payment("PENDING", "CAD", 0, null, clock.instant());

    Map<String, DailyTotals> after = trends.netPerDay(30);
    assertThat(after.get("CAD").values()).hasSize(30);
    assertThat(after.get("CAD").first()).isEqualTo(today.minusDays(29));
    assertThat(on(after, "CAD", 0)).isEqualTo(on(before, "CAD", 0) + 10_000 - 2_500);
    assertThat(on(after, "CAD", 1))
        .as("a second before midnight UTC is yesterday")
        .isEqualTo(on(before, "CAD", 1) + 5_000);
    assertThat(on(after, "USD", 0)).isEqualTo(on(before, "USD", 0) + 7_000);
    assertThat(on(after, "USD", 1)).isEqualTo(on(before, "USD", 1));
    assertThat(after.keySet()).containsSubsequence("CAD", "USD");
  }

  @Test
  void failuresAreChargesThatFailedInTheLastSevenDays() {
    long before = trends.failuresWithin(Duration.ofDays(7));

    payment("CANCELLED", "CAD", 0, "payments.failure.not-paid", clock.instant());
    payment(
        "CAPTURED",
        "USD",
        9_000,
        "payments.failure.extra-not-charged\u001fm1500 USD\u001fwpayments.rules.not-online",
        clock.instant());
    // Released on purpose: not a failure.
    payment("CANCELLED", "CAD", 0, "payments.failure.slot-released", clock.instant());
    // Too old.
    payment(
        "CANCELLED",
        "CAD",
        0,
        "payments.failure.hold-ended",
        clock.instant().minus(Duration.ofDays(8)));

    assertThat(trends.failuresWithin(Duration.ofDays(7))).isEqualTo(before + 2);
  }

  @Test
  void onlyAdminsReadTheMarketplacesMoney() {
    SignIn.as(userDetails, DemoAccounts.SHOP_OWNERS.getFirst().email());
    assertThatThrownBy(() -> trends.netPerDay(30)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> trends.failuresWithin(Duration.ofDays(7)))
        .isInstanceOf(AccessDeniedException.class);
  }
}

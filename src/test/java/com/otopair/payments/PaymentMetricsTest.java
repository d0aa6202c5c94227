package com.otopair.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.CachedCounts;
import com.otopair.booking.BookingFixtures;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The payment gauges read the database: one per status and the failed ones, at most every 30
 * seconds.
 */
class PaymentMetricsTest extends IntegrationTest {

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired JdbcTemplate jdbc;
  @Autowired MeterRegistry registry;

  UUID shopId;
  UUID customerId;

  @BeforeEach
  void aShopAndACustomer() {
    shopId = BookingFixtures.create(users, shops, membership, schedules).shop().shopId();
    customerId = users.findByEmail(BookingFixtures.customers(users, 1).getFirst()).orElseThrow();
  }

  private void payment(String status, @Nullable String failure) {
    jdbc.update(
        """
        insert into payments (id, shop_id, customer_id, subject_kind, subject_id, description,
            gateway, status, currency, amount_minor, captured_minor, failure, created_at,
            updated_at)
        values (?, ?, ?, 'BOOKING', ?, 'Brakes', 'OFFLINE', ?, 'CAD', 10000, 0, ?, ?, ?)
        """,
        UUID.randomUUID(),
        shopId,
        customerId,
        UUID.randomUUID(),
        status,
        failure,
        Timestamp.from(clock.instant()),
        Timestamp.from(clock.instant()));
  }

  private double gauge(String name, String... tags) {
    return registry.get(name).tags(tags).gauge().value();
  }

  private void later() {
    clock.advance(CachedCounts.FRESH_FOR.plus(Duration.ofSeconds(1)));
  }

  @Test
  void everyStatusHasItsSeriesFromTheStart() {
    for (PaymentStatus status : PaymentStatus.values()) {
      assertThat(
              registry
                  .find("otopair.payments")
                  .tag("status", status.name().toLowerCase(Locale.ROOT))
                  .gauge())
          .as(status.name())
          .isNotNull();
    }
  }

  @Test
  void aFailedPaymentShowsOnceTheCountsAreReadAgain() {
    later();
    double expired = gauge("otopair.payments", "status", "expired");
    double failed = gauge("otopair.payments.failed");

    payment("EXPIRED", "payments.failure.not-paid\u001fcard declined");
    payment("CANCELLED", "payments.failure.released");
    // Read at most every 30 seconds: a scrape right after still shows the last figures.
    assertThat(gauge("otopair.payments", "status", "expired")).isEqualTo(expired);

    later();
    assertThat(gauge("otopair.payments", "status", "expired")).isEqualTo(expired + 1);
    assertThat(gauge("otopair.payments.failed")).isEqualTo(failed + 1);
  }
}

package com.otopair.payments;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How payments are read for the shop's and the admins' lists and for one payment: pages that never
 * repeat or skip a payment, and a payment's amounts and refunds read as they stood together.
 */
class PaymentReadsTest extends IntegrationTest {

  @Autowired ShopPayments shopPayments;
  @Autowired AdminPayments adminPayments;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  BookingFixtures fixture;
  UUID shopId;
  UUID customerId;

  @BeforeEach
  void shopWithACustomer() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    shopId = fixture.shop().shopId();
    String customer = BookingFixtures.customers(users, 1).getFirst();
    customerId = jdbc.queryForObject("select id from users where email = ?", UUID.class, customer);
  }

  /** A payment of the fixture shop, paid at the counter, created at {@code at}. */
  private UUID paidAtShop(Instant at, long amountMinor) {
    UUID id = UUID.randomUUID();
    jdbc.update(
        """
        insert into payments (id, shop_id, customer_id, subject_kind, subject_id, description,
          gateway, status, currency, amount_minor, captured_minor, created_at, updated_at)
        values (?, ?, ?, 'JOB', ?, 'Brake pads', 'OFFLINE', 'CAPTURED', 'CAD', ?, ?, ?, ?)
        """,
        id,
        shopId,
        customerId,
        UUID.randomUUID(),
        amountMinor,
        amountMinor,
        Timestamp.from(at),
        Timestamp.from(at));
    return id;
  }

  /** Payments created at the very same moment, for the same amount: their order is their id's. */
  private List<UUID> paymentsAtTheSameMoment(int count) {
    Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(paidAtShop(at, 8000));
    }
    ids.sort(Comparator.comparing(UUID::toString));
    return ids;
  }

  private static List<UUID> walk(Function<Pageable, List<PaymentView>> pages, Sort sort) {
    List<UUID> seen = new ArrayList<>();
    for (int page = 0; ; page++) {
      List<PaymentView> rows = pages.apply(PageRequest.of(page, 4, sort));
      rows.forEach(row -> seen.add(row.id()));
      if (rows.size() < 4) {
        return seen;
      }
    }
  }

  @Test
  void walkingTheShopsPagesShowsEveryPaymentOnceEvenWhenTheyWereCreatedTogether() {
    List<UUID> ids = paymentsAtTheSameMoment(25);
    SignIn.as(userDetails, fixture.shop().ownerEmail());

    assertThat(walk(page -> shopPayments.list(shopId, page), Sort.unsorted()))
        .containsExactlyElementsOf(ids);
  }

  @Test
  void walkingTheAdminsPagesInTheGridsOrderShowsEveryPaymentOnceInThatOrder() {
    List<UUID> ids = paymentsAtTheSameMoment(25);
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());

    // As the grid asks when its "Created" column is sorted, newest first.
    assertThat(
            walk(
                page -> adminPayments.search(shopId, null, page),
                Sort.by(Sort.Direction.DESC, "createdAt")))
        .containsExactlyElementsOf(ids);
    assertThat(walk(page -> adminPayments.search(shopId, null, page), Sort.unsorted()))
        .containsExactlyElementsOf(ids);
  }

  @Test
  void aRefundCarriedOutWhileAPaymentIsReadShowsEitherDoneWithItsAmountOrNotAtAll()
      throws Exception {
    UUID paymentId = paidAtShop(clock.instant(), 8000);
    UUID refundId = UUID.randomUUID();
    jdbc.update(
        """
        insert into payment_refunds (id, payment_id, amount_minor, from_first_minor,
          from_extra_minor, kind, reason, status, created_at)
        values (?, ?, 1000, 1000, 0, 'ADMIN', 'Wiper blades were on the house', 'REQUESTED', ?)
        """,
        refundId,
        paymentId,
        Timestamp.from(clock.instant()));

    // The refund is carried out while the admin's read of the payment is under way: after it has
    // read the payment's amounts, before it reads the payment's refunds.
    ExecutorService threads = Executors.newFixedThreadPool(2);
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch readerWaits = new CountDownLatch(1);
    CompletableFuture<Void> carryOut =
        CompletableFuture.runAsync(
            () ->
                transactions.executeWithoutResult(
                    tx -> {
                      jdbc.execute("lock table payment_refunds in access exclusive mode");
                      locked.countDown();
                      await(readerWaits);
                      jdbc.update(
                          "update payment_refunds set status = 'DONE', completed_at = now()"
                              + " where id = ?",
                          refundId);
                      jdbc.update(
                          "update payments set refunded_minor = 1000 where id = ?", paymentId);
                    }),
            threads);
    await(locked);
    CompletableFuture<PaymentView> read =
        CompletableFuture.supplyAsync(
            () -> {
              SignIn.as(userDetails, DemoAccounts.ADMIN.email());
              return adminPayments.payment(paymentId);
            },
            threads);
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.queryForObject(
                    "select count(*) from pg_locks l join pg_class c on c.oid = l.relation"
                        + " where c.relname = 'payment_refunds' and not l.granted",
                    Integer.class),
            waiting -> waiting > 0);
    readerWaits.countDown();
    carryOut.get(20, TimeUnit.SECONDS);
    PaymentView payment = read.get(20, TimeUnit.SECONDS);
    threads.shutdown();

    long doneRefunds =
        payment.refunds().stream()
            .filter(PaymentView.Refund::done)
            .mapToLong(r -> r.amount().minor())
            .sum();
    assertThat(payment.refunded().minor()).isEqualTo(doneRefunds);
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

package com.otopair.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.otopair.booking.BookingFixtures;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleFixtures;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The cohorts read from {@code crm_cohort_sizes} (kept by the database as interactions come, 0058)
 * are exactly those counted from the interactions themselves: across week boundaries in a shop's
 * time zone (St. John's, half an hour off UTC), for a shop, another shop and every shop, for any
 * days, when interactions come late (an earlier week moves a customer's cohort), twice, are
 * deleted, when a shop's time zone changes, and when one customer's interactions are recorded at
 * once.
 */
class CohortSizesTest extends IntegrationTest {

  @Autowired Interactions interactions;
  @Autowired CrmReports reports;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcClient jdbc;

  private UUID shop;
  private UUID otherShop;
  private List<UUID> people;

  @BeforeEach
  void shopsAndCustomers() {
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    shop = ScheduleFixtures.create(users, shops, membership, "America/St_Johns").shopId();
    otherShop = ScheduleFixtures.create(users, shops, membership, "America/Toronto").shopId();
    people =
        BookingFixtures.customers(users, 4).stream()
            .map(email -> users.findByEmail(email).orElseThrow())
            .toList();
  }

  /** Records one interaction of the customer; returns its subject. */
  private UUID at(int person, @Nullable UUID where, String instant) {
    UUID subject = UUID.randomUUID();
    interactions.record(
        InteractionKind.REVIEW,
        subject,
        people.get(person),
        where,
        EntryPoint.OTHER,
        Instant.parse(instant));
    return subject;
  }

  /** The script: every case of a week boundary, a late interaction and a repeat. */
  private UUID script() {
    // Sunday Jan 4, 2015, 23:30 in St. John's (UTC-3:30) is Monday Jan 5 in UTC.
    UUID sunday = at(0, shop, "2015-01-05T03:00:00Z");
    // Monday 00:30 there: the following week at the shop, the same week in UTC.
    at(0, shop, "2015-01-05T04:00:00Z");
    at(0, shop, "2015-01-20T15:00:00Z");
    // Recorded again (a replayed event): nothing more.
    interactions.record(
        InteractionKind.REVIEW,
        sunday,
        people.get(0),
        shop,
        EntryPoint.OTHER,
        Instant.parse("2015-01-05T03:00:00Z"));
    // 1 came in the week of Jan 12, then an earlier interaction arrived late: week of Jan 5.
    at(1, shop, "2015-01-14T15:00:00Z");
    at(1, shop, "2015-01-06T15:00:00Z");
    // An upsell card (no shop) counts for every shop only.
    at(1, null, "2014-12-30T15:00:00Z");
    // 2 came to the other shop first; to this one ten weeks later.
    at(2, otherShop, "2015-01-06T15:00:00Z");
    at(2, shop, "2015-03-20T15:00:00Z");
    at(2, otherShop, "2015-03-02T15:00:00Z");
    // 3 came in January, then their first visit of the autumn before arrived.
    at(3, shop, "2015-01-07T15:00:00Z");
    at(3, shop, "2015-01-27T15:00:00Z");
    at(3, shop, "2014-10-01T15:00:00Z");
    return sunday;
  }

  /** The kept cohorts equal those counted from the interactions, for many days and shops. */
  private void sameEverywhere() {
    List<LocalDate> starts =
        List.of(
            LocalDate.of(2014, 9, 29),
            LocalDate.of(2014, 12, 31),
            LocalDate.of(2015, 1, 4),
            LocalDate.of(2015, 1, 5),
            LocalDate.of(2015, 1, 13),
            LocalDate.of(2015, 3, 16));
    List<UUID> scopes = Arrays.asList(shop, otherShop, null);
    int compared = 0;
    for (LocalDate from : starts) {
      for (int days : new int[] {0, 6, 20, 120}) {
        for (UUID where : scopes) {
          CrmFilter filter = new CrmFilter(from, from.plusDays(days), where, null);
          assertThat(reports.cohorts(filter))
              .as("%s", filter)
              .isEqualTo(reports.cohortsFromInteractions(filter));
          compared++;
        }
      }
    }
    assertThat(compared).isEqualTo(72);
  }

  private List<Cohort> atShop(LocalDate from, LocalDate to) {
    return reports.cohorts(new CrmFilter(from, to, shop, null));
  }

  @Test
  void theKeptCohortsAreTheInteractionsOwnAcrossWeeksShopsAndDays() {
    script();

    sameEverywhere();
    // At the shop: 0's first week is Dec 29 (Sunday night there), 1 moved to Jan 5, 3 came in
    // the autumn, 2 only in March.
    assertThat(atShop(LocalDate.of(2014, 12, 31), LocalDate.of(2015, 1, 8)))
        .extracting(Cohort::week, Cohort::customers, Cohort::returned)
        .containsExactly(
            tuple(LocalDate.of(2014, 12, 29), 1L, List.of(1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0)),
            tuple(LocalDate.of(2015, 1, 5), 1L, List.of(1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)));
    assertThat(atShop(LocalDate.of(2014, 9, 29), LocalDate.of(2014, 10, 5)))
        .extracting(Cohort::week, Cohort::customers)
        .containsExactly(tuple(LocalDate.of(2014, 9, 29), 1L));
    // The entry point does not change a cohort.
    CrmFilter find =
        new CrmFilter(LocalDate.of(2014, 12, 29), LocalDate.of(2015, 1, 11), shop, EntryPoint.FIND);
    assertThat(reports.cohorts(find)).isEqualTo(reports.cohortsFromInteractions(find)).hasSize(2);
  }

  @Test
  void aDeletedInteractionAndANewTimeZoneCountAgain() {
    UUID sunday = script();

    jdbc.sql("delete from crm_interactions where kind = 'REVIEW' and subject_id = :subject")
        .param("subject", sunday)
        .update();

    sameEverywhere();
    // Without the Sunday night, 0's first week at the shop is Jan 5, with 1.
    assertThat(atShop(LocalDate.of(2014, 12, 29), LocalDate.of(2015, 1, 11)))
        .extracting(Cohort::week, Cohort::customers, Cohort::returned)
        .containsExactly(
            tuple(LocalDate.of(2015, 1, 5), 2L, List.of(0.5, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)));

    jdbc.sql("update shops set time_zone = 'Pacific/Kiritimati' where id = :shop")
        .param("shop", shop)
        .update();

    sameEverywhere();
  }

  @Test
  void oneCustomersInteractionsRecordedAtOnceCountOnce() throws Exception {
    List<String> instants = new ArrayList<>();
    for (int week = 0; week < 12; week++) {
      instants.add(
          Instant.parse("2014-06-02T02:00:00Z").plusSeconds(week * 7L * 86_400).toString());
    }
    List<Runnable> work = new ArrayList<>();
    for (int person = 0; person < 2; person++) {
      for (String instant : instants) {
        int who = person;
        work.add(() -> at(who, shop, instant));
        work.add(() -> at(who, null, instant));
      }
    }
    Collections.shuffle(work, new Random(20));
    ExecutorService threads = Executors.newFixedThreadPool(6);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (Runnable task : work) {
        done.add(
            threads.submit(
                () -> {
                  go.await();
                  task.run();
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> task : done) {
        task.get();
      }
    } finally {
      threads.shutdownNow();
    }

    for (UUID where : Arrays.asList(shop, null)) {
      for (LocalDate from :
          List.of(LocalDate.of(2014, 5, 26), LocalDate.of(2014, 6, 2), LocalDate.of(2014, 7, 1))) {
        CrmFilter filter = new CrmFilter(from, from.plusDays(30), where, null);
        assertThat(reports.cohorts(filter)).isEqualTo(reports.cohortsFromInteractions(filter));
      }
    }
    // Both came in the week of May 26 at the shop (Sunday night there) and every week after.
    assertThat(atShop(LocalDate.of(2014, 5, 26), LocalDate.of(2014, 6, 1)))
        .extracting(Cohort::week, Cohort::customers, Cohort::returned)
        .containsExactly(
            tuple(LocalDate.of(2014, 5, 26), 2L, List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0)));
  }
}

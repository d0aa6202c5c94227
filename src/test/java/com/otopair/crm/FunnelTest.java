package com.otopair.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.otopair.base.InvalidRequestException;
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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The funnel and the cohorts counted over a scripted set of interactions (see {@link CrmScript}):
 * exact counts and rates, by days (in the shop's time zone), shop and entry point.
 */
class FunnelTest extends IntegrationTest {

  static final LocalDate MONDAY = LocalDate.of(2019, 3, 4);

  @Autowired ApplicationContext beans;
  @Autowired Interactions interactions;
  @Autowired CrmReports reports;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;

  @BeforeEach
  void admin() {
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
  }

  private static List<Long> counts(List<FunnelRow> rows) {
    return rows.stream().map(FunnelRow::customers).toList();
  }

  private static List<Double> rates(List<FunnelRow> rows) {
    return rows.stream().map(FunnelRow::rate).toList();
  }

  @Test
  void eachStepCountsTheCustomersWhoReachedItAfterTheStepBefore() {
    var script = CrmScript.write(beans, interactions);

    List<FunnelRow> funnel =
        reports.funnel(new CrmFilter(MONDAY, MONDAY.plusDays(6), script.shop(), null));

    assertThat(funnel).extracting(FunnelRow::step).containsExactly(FunnelStep.values());
    // Intake: 0, 1, 2, 3, 5; session: 0, 1, 2 (3's came before their intake, 4 had no intake).
    assertThat(counts(funnel)).containsExactly(5L, 3L, 2L, 2L, 1L, 1L);
    assertThat(rates(funnel)).containsExactly(null, 0.6, 2.0 / 3, 1.0, 0.5, 1.0);
  }

  @Test
  void anEntryPointKeepsTheCustomersWhoseIntakeCameFromThere() {
    var script = CrmScript.write(beans, interactions);

    assertThat(
            counts(
                reports.funnel(
                    new CrmFilter(MONDAY, MONDAY.plusDays(6), script.shop(), EntryPoint.TALK_NOW))))
        .containsExactly(3L, 2L, 2L, 2L, 1L, 1L);
    List<FunnelRow> find =
        reports.funnel(new CrmFilter(MONDAY, MONDAY.plusDays(6), script.shop(), EntryPoint.FIND));
    assertThat(counts(find)).containsExactly(1L, 0L, 0L, 0L, 0L, 0L);
    assertThat(rates(find)).containsExactly(null, 0.0, null, null, null, null);
    assertThat(
            counts(
                reports.funnel(
                    new CrmFilter(MONDAY, MONDAY.plusDays(6), script.shop(), EntryPoint.PHONE))))
        .containsOnly(0L);
  }

  @Test
  void theDaysAndTheShopBoundWhatCounts() {
    var script = CrmScript.write(beans, interactions);

    // The booking came the next day.
    assertThat(counts(reports.funnel(new CrmFilter(MONDAY, MONDAY, script.shop(), null))))
        .containsExactly(5L, 3L, 2L, 2L, 1L, 0L);
    assertThat(
            counts(
                reports.funnel(
                    new CrmFilter(MONDAY.minusDays(7), MONDAY.minusDays(1), script.shop(), null))))
        .containsOnly(0L);
    assertThat(
            counts(
                reports.funnel(
                    new CrmFilter(MONDAY, MONDAY.plusDays(6), script.otherShop(), null))))
        .containsExactly(1L, 0L, 0L, 0L, 0L, 0L);
  }

  @Test
  void everyShopTogetherCountsEveryCustomer() {
    // A Monday no other test writes on.
    var script = CrmScript.write(beans, interactions, Instant.parse("2017-03-06T15:00:00Z"));
    LocalDate monday = LocalDate.of(2017, 3, 6);

    assertThat(counts(reports.funnel(new CrmFilter(monday, monday.plusDays(6), null, null))))
        .containsExactly(6L, 3L, 2L, 2L, 1L, 1L);
    assertThat(script.customers()).hasSize(7);
  }

  @Test
  void aShopsDaysAreInItsTimeZoneAndAllShopsDaysInUtc() {
    var shop = ScheduleFixtures.create(users, shops, membership, "America/Vancouver").shopId();
    UUID customer = users.findByEmail(BookingFixtures.customers(users, 1).getFirst()).orElseThrow();
    // Sunday 23:30 in Vancouver is Monday 07:30 UTC.
    Instant lateSunday = Instant.parse("2016-03-07T07:30:00Z");
    interactions.record(
        InteractionKind.INTAKE_STARTED,
        UUID.randomUUID(),
        customer,
        shop,
        EntryPoint.FIND,
        lateSunday);
    LocalDate sunday = LocalDate.of(2016, 3, 6);

    assertThat(reports.zoneOf(shop).getId()).isEqualTo("America/Vancouver");
    assertThat(reports.funnel(new CrmFilter(sunday, sunday, shop, null)).getFirst().customers())
        .isOne();
    assertThat(
            reports
                .funnel(new CrmFilter(sunday.plusDays(1), sunday.plusDays(1), shop, null))
                .getFirst()
                .customers())
        .isZero();
    assertThat(reports.funnel(new CrmFilter(sunday, sunday, null, null)).getFirst().customers())
        .isZero();
    assertThat(
            reports
                .funnel(new CrmFilter(sunday.plusDays(1), sunday.plusDays(1), null, null))
                .getFirst()
                .customers())
        .isOne();
  }

  @Test
  void cohortsShareWhoCameBackEachWeekAfterTheirFirst() {
    var shop = ScheduleFixtures.create(users, shops, membership, "America/Toronto").shopId();
    List<UUID> people =
        BookingFixtures.customers(users, 3).stream()
            .map(email -> users.findByEmail(email).orElseThrow())
            .toList();
    // Week of Monday Jan 1, 2018: 0 and 1 came; 0 came back in weeks 1 and 3, 1 in week 1.
    at(shop, people.get(0), "2018-01-02T15:00:00Z");
    at(shop, people.get(1), "2018-01-03T15:00:00Z");
    at(shop, people.get(0), "2018-01-09T15:00:00Z");
    at(shop, people.get(0), "2018-01-10T15:00:00Z");
    at(shop, people.get(0), "2018-01-23T15:00:00Z");
    at(shop, people.get(1), "2018-01-10T15:00:00Z");
    // Week of Monday Jan 8: 2 came, never again; Sunday night in Toronto is still that week.
    at(shop, people.get(2), "2018-01-08T15:00:00Z");
    at(shop, people.get(2), "2018-01-15T04:30:00Z");
    // Long after eight weeks: not shown.
    at(shop, people.get(1), "2018-06-01T15:00:00Z");

    List<Cohort> cohorts =
        reports.cohorts(
            new CrmFilter(LocalDate.of(2018, 1, 3), LocalDate.of(2018, 1, 14), shop, null));

    assertThat(cohorts)
        .extracting(Cohort::week, Cohort::customers, Cohort::returned)
        .containsExactly(
            tuple(LocalDate.of(2018, 1, 1), 2L, List.of(1.0, 0.0, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0)),
            tuple(LocalDate.of(2018, 1, 8), 1L, List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)));
    assertThat(
            reports.cohorts(
                new CrmFilter(LocalDate.of(2018, 1, 15), LocalDate.of(2018, 1, 31), shop, null)))
        .isEmpty();
  }

  @Test
  void aThisWeeksCohortHasNoFollowingWeeksYet() {
    var shop = ScheduleFixtures.create(users, shops, membership, "America/Toronto").shopId();
    UUID customer = users.findByEmail(BookingFixtures.customers(users, 1).getFirst()).orElseThrow();
    at(shop, customer, clock.instant().toString());
    LocalDate today = reports.today(shop);

    List<Cohort> cohorts = reports.cohorts(new CrmFilter(today, today, shop, null));

    assertThat(cohorts)
        .singleElement()
        .satisfies(
            cohort -> {
              assertThat(cohort.customers()).isOne();
              assertThat(cohort.returned()).isEmpty();
            });
  }

  @Test
  void theDemoFillsEveryStepOfTheFunnelAndItsCohorts() {
    CrmFilter lastWeeks = CrmFilter.lastWeeks(reports.today(null));

    assertThat(counts(reports.funnel(lastWeeks))).allMatch(count -> count > 0);
    assertThat(reports.cohorts(lastWeeks)).hasSizeGreaterThan(4);
    var emma = reports.customers(DemoAccounts.CUSTOMER.email()).getFirst();
    assertThat(reports.timeline(emma.id()))
        .extracting(TimelineEntry::kind)
        .contains(
            InteractionKind.INTAKE_STARTED,
            InteractionKind.SESSION,
            InteractionKind.SUMMARY_VIEWED,
            InteractionKind.FOLLOW_UP);
    // Her sessions are real ones: the timeline links to them.
    assertThat(reports.timeline(emma.id()))
        .filteredOn(entry -> entry.kind() == InteractionKind.SESSION)
        .allMatch(TimelineEntry::sessionFound);
  }

  @Test
  void aRangeThatEndsBeforeItStartsOrRunsForYearsIsRefused() {
    assertThatThrownBy(() -> reports.funnel(new CrmFilter(MONDAY, MONDAY.minusDays(1), null, null)))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, refused -> assertThat(refused.field()).isEqualTo("to"));
    assertThatThrownBy(
            () -> reports.cohorts(new CrmFilter(MONDAY.minusYears(5), MONDAY, null, null)))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            refused -> assertThat(refused.field()).isEqualTo("from"));
  }

  @Test
  void onlyAdminsReadTheCrm() {
    var script = CrmScript.write(beans, interactions);
    for (String email :
        List.of(
            DemoAccounts.CUSTOMER.email(),
            DemoAccounts.SHOP_OWNERS.getFirst().email(),
            DemoAccounts.MECHANICS.getFirst().email())) {
      SignIn.as(userDetails, email);
      assertThatThrownBy(() -> reports.funnel(new CrmFilter(MONDAY, MONDAY, script.shop(), null)))
          .isInstanceOf(AuthorizationDeniedException.class);
      assertThatThrownBy(() -> reports.timeline(script.customers().getFirst()))
          .isInstanceOf(AuthorizationDeniedException.class);
      assertThatThrownBy(() -> reports.customers("Casey"))
          .isInstanceOf(AuthorizationDeniedException.class);
    }
  }

  @Test
  void aTimelineListsTheCustomersInteractionsInOrderAndNobodyElses() {
    var script = CrmScript.write(beans, interactions);

    List<TimelineEntry> timeline = reports.timeline(script.customers().getFirst());

    assertThat(timeline)
        .extracting(TimelineEntry::kind, TimelineEntry::entryPoint)
        .containsExactly(
            tuple(InteractionKind.INTAKE_STARTED, EntryPoint.TALK_NOW),
            tuple(InteractionKind.SESSION, EntryPoint.TALK_NOW),
            tuple(InteractionKind.SUMMARY_VIEWED, EntryPoint.TALK_NOW),
            tuple(InteractionKind.UPSELL_SHOWN, EntryPoint.UPSELL),
            tuple(InteractionKind.UPSELL_CLICKED, EntryPoint.UPSELL),
            tuple(InteractionKind.BOOKING, EntryPoint.UPSELL));
    assertThat(timeline.getFirst().occurredAt()).isEqualTo(CrmScript.START);
    assertThat(timeline.getFirst().shopName()).startsWith("Schedule Garage ");
    assertThat(timeline.get(3).shopName()).isNull();
    assertThat(reports.timeline(UUID.randomUUID())).isEmpty();
    assertThat(reports.customers(script.emails().get(2)))
        .extracting(CrmReports.CustomerChoice::id)
        .containsExactly(script.customers().get(2));
    assertThat(reports.customers("  ")).isEmpty();
  }

  private void at(UUID shop, UUID customer, String when) {
    interactions.recordStep(
        InteractionKind.REVIEW, UUID.randomUUID(), customer, shop, Instant.parse(when));
  }
}

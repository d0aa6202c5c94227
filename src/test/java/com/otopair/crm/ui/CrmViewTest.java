package com.otopair.crm.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Formats;
import com.otopair.crm.CrmFilter;
import com.otopair.crm.CrmReports;
import com.otopair.crm.CrmScript;
import com.otopair.crm.EntryPoint;
import com.otopair.crm.FunnelRow;
import com.otopair.crm.InteractionKind;
import com.otopair.crm.Interactions;
import com.otopair.demo.DemoAccounts;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The admins' CRM page: its tables say what the service counts for the filters in the address, the
 * address round-trips and survives garbage, a customer's timeline lists theirs alone in order, and
 * nobody but an admin gets in.
 */
class CrmViewTest extends KaribuTest {

  static final LocalDate MONDAY = LocalDate.of(2019, 3, 4);

  @Autowired ApplicationContext beans;
  @Autowired Interactions interactions;
  @Autowired CrmReports reports;
  @Autowired UserDetailsService userDetails;

  CrmScript script;

  @BeforeEach
  void scriptAndAdmin() {
    script = CrmScript.write(beans, interactions);
    openAs(DemoAccounts.ADMIN.email());
  }

  private static CrmView view() {
    return _get(CrmView.class);
  }

  private String week(LocalDate from, LocalDate to, UUID shop) {
    return "admin/crm?from=" + from + "&to=" + to + "&shop=" + shop;
  }

  @Test
  void theFunnelTableSaysWhatTheServiceCountsForTheFilters() {
    navigate(week(MONDAY, MONDAY.plusDays(6), script.shop()) + "&entry=TALK_NOW");

    CrmView view = view();
    assertThat(view.entry.getValue()).isEqualTo(EntryPoint.TALK_NOW);
    List<FunnelRow> counted =
        reports.funnel(
            new CrmFilter(MONDAY, MONDAY.plusDays(6), script.shop(), EntryPoint.TALK_NOW));
    Formats formats = Formats.of(Locale.ENGLISH);
    assertThat(view.funnel.table.rows())
        .containsExactly(
            List.of("Intake", formats.count(counted.get(0).customers()), "–"),
            List.of("Session", "2", formats.share(2.0 / 3)),
            List.of("Summary viewed", "2", "100%"),
            List.of("Upsell shown", "2", "100%"),
            List.of("Upsell clicked", "1", "50%"),
            List.of("Follow-up or booking", "1", "100%"));
    assertThat(counted).extracting(FunnelRow::customers).containsExactly(3L, 2L, 2L, 2L, 1L, 1L);
    assertThat(view.funnel.chart.describe())
        .isEqualTo(
            "Customers: Intake 3, Session 2, Summary viewed 2, Upsell shown 2, Upsell clicked 1,"
                + " Follow-up or booking 1");
    assertThat(view.funnel.empty.isVisible()).isFalse();
    assertThat(view.days.getText()).contains("Eastern Time");
  }

  @Test
  void theFiltersRoundTripThroughTheAddress() {
    String location = week(MONDAY, MONDAY.plusDays(6), script.shop()) + "&entry=SHOP_PAGE";
    navigate(location);

    assertThat(view().filterLocation().getPath()).isEqualTo("admin/crm");
    assertThat(view().filterLocation().getQueryParameters().getParameters())
        .isEqualTo(
            Map.of(
                "from", List.of("2019-03-04"),
                "to", List.of("2019-03-10"),
                "shop", List.of(script.shop().toString()),
                "entry", List.of("SHOP_PAGE")));
    assertThat(view().funnel.table.rows().getFirst()).containsExactly("Intake", "1", "–");

    view().entry.setValue(null);
    assertThat(view().filterLocation().getQueryParameters().getParameters())
        .doesNotContainKey("entry")
        .containsEntry("shop", List.of(script.shop().toString()));
    // What the address says is what a new page shows.
    navigate(view().filterLocation().getPathWithQueryParameters());
    assertThat(view().entry.getValue()).isNull();
    assertThat(view().shop.getValue().id()).isEqualTo(script.shop());
    assertThat(view().from.getValue()).isEqualTo(MONDAY);
    assertThat(view().funnel.table.rows().getFirst()).containsExactly("Intake", "5", "–");
  }

  @Test
  void aMalformedAddressShowsTheDefaults() {
    navigate(
        "admin/crm?from=yesterday&to=2019-13-45&shop=not-a-shop&entry=EVIL&customer=%3Cscript%3E");

    CrmView view = view();
    LocalDate today = reports.today(null);
    assertThat(view.from.getValue()).isEqualTo(today.minusDays(CrmFilter.DEFAULT_DAYS - 1L));
    assertThat(view.to.getValue()).isEqualTo(today);
    assertThat(view.shop.getValue()).isNull();
    assertThat(view.entry.getValue()).isNull();
    assertThat(view.timeline.customer.getValue()).isNull();
    assertThat(view.filterLocation().getPathWithQueryParameters()).isEqualTo("admin/crm");

    // The end before the start, or years of days: the defaults again, never an error page.
    navigate("admin/crm?from=2019-03-10&to=2019-03-04");
    assertThat(currentView()).isEqualTo("CrmView");
    assertThat(view().from.getValue()).isEqualTo(today.minusDays(CrmFilter.DEFAULT_DAYS - 1L));
    assertThat(view().to.isInvalid()).isFalse();
    navigate("admin/crm?from=1900-01-01&to=2019-03-04");
    assertThat(view().to.getValue()).isEqualTo(today);
  }

  @Test
  void aRangeTheAdminPicksBackwardsIsMarkedAtOnce() {
    navigate(week(MONDAY, MONDAY.plusDays(6), script.shop()));

    view().to.setValue(MONDAY.minusDays(1));

    assertThat(view().to.isInvalid()).isTrue();
    assertThat(view().to.getErrorMessage()).isEqualTo("Pick an end on or after the start.");
    assertThat(view().funnel.table.rows()).isEmpty();
    assertThat(view().funnel.empty.isVisible()).isTrue();
  }

  @Test
  void aCustomersTimelineListsTheirInteractionsInOrderAndNobodyElses() {
    UUID customer = script.customers().getFirst();
    navigate(week(MONDAY, MONDAY.plusDays(6), script.shop()) + "&customer=" + customer);

    CrmView view = view();
    assertThat(view.timeline.customer.getValue().id()).isEqualTo(customer);
    List<List<String>> rows = view.timeline.table.rows();
    assertThat(rows)
        .extracting(row -> row.get(1))
        .containsExactly(
            "Intake started",
            "Session",
            "Summary viewed",
            "Upsell shown",
            "Upsell clicked",
            "Booking");
    assertThat(rows.getFirst().getFirst())
        .isEqualTo(Formats.of(Locale.ENGLISH).logged(CrmScript.START));
    assertThat(rows.getFirst().get(3)).isEqualTo("Talk now");
    assertThat(rows.get(3).get(2)).isEqualTo("–");
    assertThat(rows.get(5).get(3)).isEqualTo("An upsell card");
    assertThat(view.timeline.note.getText())
        .isEqualTo("Casey Customer 0: 6 interactions, oldest first.");

    // Someone else's interaction, even at the same shop, is not theirs.
    interactions.record(
        InteractionKind.INTAKE_STARTED,
        UUID.randomUUID(),
        script.customers().get(1),
        script.shop(),
        EntryPoint.FIND,
        Instant.parse("2019-03-04T12:00:00Z"));
    view.timeline.show();
    assertThat(view.timeline.table.rows()).hasSize(6);

    // Picking another customer in the search shows theirs, and the address follows.
    var other = reports.customers(script.emails().get(4)).stream().findFirst().orElseThrow();
    view.timeline.customer.setValue(other);
    assertThat(view.timeline.table.rows()).extracting(row -> row.get(1)).containsExactly("Session");
    assertThat(view.filterLocation().getQueryParameters().getParameters())
        .containsEntry("customer", List.of(script.customers().get(4).toString()));
  }

  @Test
  void beforeAnyCustomerIsPickedTheTimelineSaysHowToSeeOne() {
    navigate("admin/crm");

    assertThat(view().timeline.note.getText())
        .isEqualTo(
            "Search a customer by name or email to see each of their interactions in order.");
    assertThat(view().timeline.table.isVisible()).isFalse();
  }

  @Test
  void aCrmMovedByAnEventShowsItOnTheNextRead() {
    navigate(week(MONDAY, MONDAY.plusDays(6), script.otherShop()));
    assertThat(view().funnel.table.rows().getFirst()).containsExactly("Intake", "1", "–");

    interactions.record(
        InteractionKind.INTAKE_STARTED,
        UUID.randomUUID(),
        script.customers().get(4),
        script.otherShop(),
        EntryPoint.PHONE,
        Instant.parse("2019-03-05T12:00:00Z"));
    view().refresh();
    runPendingPushes();

    assertThat(view().funnel.table.rows().getFirst()).containsExactly("Intake", "2", "–");
  }

  @Test
  void nobodyButAnAdminGetsIn() {
    for (String email :
        List.of(
            DemoAccounts.CUSTOMER.email(),
            DemoAccounts.SHOP_OWNERS.getFirst().email(),
            DemoAccounts.MECHANICS.getFirst().email())) {
      signInAs(email);
      navigate("admin/crm");
      assertThat(currentView()).as(email).isIn("AccessDeniedView", "NotFoundView");
    }
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
  }
}

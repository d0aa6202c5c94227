package com.otopair.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.NotFoundException;
import com.otopair.consult.EndReason;
import com.otopair.demo.DemoAccounts;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Each source recommends exactly what the test's own customer's data says: estimate lines left for
 * later, maintenance due by the rule table (on the shop's calendar and in its country's seasons),
 * the repair a session's summary recommended, and a longer or video session; "Not now" hides an
 * offer for good.
 */
class UpsellsTest extends IntegrationTest {

  private static final ZoneId MONTREAL = ZoneId.of("America/Toronto");

  @Autowired private ApplicationContext beans;
  @Autowired private UpsellSources sources;
  @Autowired private Upsells upsells;
  @Autowired private UserDetailsService userDetails;
  @Autowired private JdbcTemplate jdbc;

  private UpsellFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new UpsellFixtures(beans);
  }

  private static Instant montreal(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, MONTREAL).toInstant();
  }

  private static List<String> subjects(List<Upsell> upsells, UpsellKind kind) {
    return upsells.stream().filter(u -> u.kind() == kind).map(Upsell::subject).toList();
  }

  @Test
  void aLineLeftForLaterIsRecommendedAtItsShopButNotOnePendingApprovedOrOnACancelledJob() {
    var shop = fixtures.montreal();
    UUID oil = fixtures.service(shop, OfferingCategory.OIL, 8000);
    UUID diagnosis = fixtures.service(shop, OfferingCategory.DIAGNOSTICS, 5000);
    UUID me = fixtures.userId(fixtures.customer());
    UUID car = fixtures.vehicle(me, 2024);
    UUID visit =
        fixtures.booking(
            shop,
            me,
            oil,
            car,
            "COMPLETED",
            Instant.parse("2026-01-05T15:00:00Z"),
            Instant.parse("2026-01-01T15:00:00Z"));
    UUID job = fixtures.job(shop, me, visit, "COMPLETED");
    UUID wipers = fixtures.line(job, 1, "Wiper blades", "DECLINED");
    fixtures.line(job, 2, "Oil filter", "APPROVED");
    fixtures.line(job, 3, "Air filter", "PENDING");
    UUID cancelled = fixtures.job(shop, me, null, "CANCELLED");
    fixtures.line(cancelled, 1, "Brake fluid", "DECLINED");

    List<Upsell> found = sources.of(me, Instant.parse("2026-02-01T15:00:00Z"));

    assertThat(subjects(found, UpsellKind.DEFERRED_LINE)).containsExactly("line:" + wipers);
    Upsell line =
        found.stream().filter(u -> u.kind() == UpsellKind.DEFERRED_LINE).findFirst().orElseThrow();
    // The visit's own service, not the cheaper diagnosis.
    assertThat(line.target()).isEqualTo("book/" + shop.slug() + "?service=" + oil);
    assertThat(line.target()).doesNotContain(diagnosis.toString());
    assertThat(line.shopId()).isEqualTo(shop.id());
    assertThat(line.vehicleId()).isEqualTo(car);
    assertThat(line.textArgs()).containsExactly("Wiper blades", shop.name(), "2019 Toyota Corolla");
  }

  @Test
  void maintenanceIsDueByTheRuleTableSinceTheLastServiceOfItsCategory() {
    var shop = fixtures.montreal();
    UUID oil = fixtures.service(shop, OfferingCategory.OIL, 8000);
    UUID brakes = fixtures.service(shop, OfferingCategory.BRAKES, 12000);
    UUID me = fixtures.userId(fixtures.customer());
    UUID car = fixtures.vehicle(me, 2020);
    // Oil changed on January 15, brakes checked in May; no cabin filter service on the menu.
    fixtures.booking(
        shop, me, oil, car, "COMPLETED", montreal(2026, 1, 15, 10, 0), montreal(2026, 1, 2, 9, 0));
    fixtures.booking(
        shop,
        me,
        brakes,
        car,
        "COMPLETED",
        montreal(2026, 5, 1, 10, 0),
        montreal(2026, 4, 20, 9, 0));

    // July 14 in Montreal: six months are not over yet.
    assertThat(subjects(sources.of(me, montreal(2026, 7, 14, 23, 59)), UpsellKind.MAINTENANCE))
        .isEmpty();
    // July 15: the oil change is due since that day, at the shop, for that car.
    List<Upsell> due = sources.of(me, montreal(2026, 7, 15, 0, 1));
    assertThat(subjects(due, UpsellKind.MAINTENANCE))
        .containsExactly("maintenance:" + car + ":OIL_CHANGE:2026-07-15");
    Upsell change = due.getFirst();
    assertThat(change.target()).isEqualTo("book/" + shop.slug() + "?service=" + oil);
    assertThat(change.category()).isEqualTo(OfferingCategory.OIL);
    assertThat(change.textKey()).isEqualTo("crm.upsell.maintenance.oil-change");
    assertThat(change.textArgs()).containsExactly("2020 Toyota Corolla", shop.name());
    // A year after the brakes: both.
    assertThat(subjects(sources.of(me, montreal(2027, 5, 1, 12, 0)), UpsellKind.MAINTENANCE))
        .hasSize(2)
        .anyMatch(s -> s.contains(":BRAKES_INSPECTION:2027-05-01"));
    // An oil change booked ahead: nothing is due for oil.
    fixtures.booking(
        shop,
        me,
        oil,
        car,
        "CONFIRMED",
        clock.instant().plusSeconds(30L * 24 * 3600),
        clock.instant());
    assertThat(subjects(sources.of(me, montreal(2026, 7, 15, 12, 0)), UpsellKind.MAINTENANCE))
        .isEmpty();
  }

  @Test
  void aMontrealCustomerSeesWinterTyresInOctoberAndAnAustinOneDoesNot() {
    var montreal = fixtures.montreal();
    UUID montrealTyres = fixtures.service(montreal, OfferingCategory.TYRES, 7900);
    var austin = fixtures.austin();
    UUID austinTyres = fixtures.service(austin, OfferingCategory.TYRES, 7900);
    UUID camille = fixtures.userId(fixtures.customer());
    UUID camillesCar = fixtures.vehicle(camille, 2025);
    UUID bob = fixtures.userId(fixtures.customer());
    UUID bobsCar = fixtures.vehicle(bob, 2025);
    Instant spring = Instant.parse("2026-04-20T15:00:00Z");
    fixtures.booking(montreal, camille, montrealTyres, camillesCar, "COMPLETED", spring, spring);
    fixtures.booking(austin, bob, austinTyres, bobsCar, "COMPLETED", spring, spring);

    Instant october = montreal(2026, 10, 15, 12, 0);
    assertThat(subjects(sources.of(camille, october), UpsellKind.MAINTENANCE))
        .containsExactly("maintenance:" + camillesCar + ":WINTER_TYRES:2026-09-15");
    assertThat(subjects(sources.of(bob, october), UpsellKind.MAINTENANCE)).isEmpty();
    // The season ends with October 31 in Montreal, whatever the day is in UTC.
    assertThat(
            subjects(sources.of(camille, montreal(2026, 10, 31, 23, 30)), UpsellKind.MAINTENANCE))
        .hasSize(1);
    assertThat(subjects(sources.of(camille, montreal(2026, 11, 1, 0, 30)), UpsellKind.MAINTENANCE))
        .isEmpty();
    assertThat(subjects(sources.of(camille, montreal(2026, 9, 14, 23, 59)), UpsellKind.MAINTENANCE))
        .isEmpty();
    // Tyres changed in August count for the season.
    fixtures.booking(
        montreal,
        camille,
        montrealTyres,
        camillesCar,
        "COMPLETED",
        montreal(2026, 8, 1, 10, 0),
        montreal(2026, 7, 20, 10, 0));
    assertThat(subjects(sources.of(camille, october), UpsellKind.MAINTENANCE)).isEmpty();
  }

  @Test
  void theRuleTableBoundaries() {
    List<MaintenanceRule> rules = sources.rules();
    assertThat(rules)
        .extracting(MaintenanceRule::code)
        .containsExactly(
            "OIL_CHANGE",
            "BRAKES_INSPECTION",
            "CABIN_FILTER",
            "SAFETY_INSPECTION",
            "WINTER_TYRES",
            "SUMMER_TYRES");
    MaintenanceRule oil = rule(rules, "OIL_CHANGE");
    LocalDate changed = LocalDate.of(2026, 1, 31);
    // Six months after January 31 is July 31.
    assertThat(MaintenanceSchedule.dueSince(oil, 2020, changed, LocalDate.of(2026, 7, 30)))
        .isEmpty();
    assertThat(MaintenanceSchedule.dueSince(oil, 2020, changed, LocalDate.of(2026, 7, 31)))
        .contains(LocalDate.of(2026, 7, 31));
    // Never serviced: counted from January of the model year.
    assertThat(MaintenanceSchedule.dueSince(oil, 2026, null, LocalDate.of(2026, 6, 30))).isEmpty();
    assertThat(MaintenanceSchedule.dueSince(oil, 2026, null, LocalDate.of(2026, 7, 1)))
        .contains(LocalDate.of(2026, 7, 1));
    // A service booked ahead: not due.
    assertThat(
            MaintenanceSchedule.dueSince(
                oil, 2020, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 7, 31)))
        .isEmpty();
    // A safety inspection from the vehicle's eighth year.
    MaintenanceRule safety = rule(rules, "SAFETY_INSPECTION");
    assertThat(MaintenanceSchedule.dueSince(safety, 2019, null, LocalDate.of(2026, 12, 31)))
        .isEmpty();
    assertThat(MaintenanceSchedule.dueSince(safety, 2018, null, LocalDate.of(2026, 1, 1)))
        .isPresent();
    // Winter tyres: September 15 to October 31 in Canada only; summer tyres in March.
    MaintenanceRule winter = rule(rules, "WINTER_TYRES");
    assertThat(winter.seasonFrom()).isEqualTo(MonthDay.of(9, 15));
    assertThat(winter.appliesIn("CA")).isTrue();
    assertThat(winter.appliesIn("US")).isFalse();
    assertThat(MaintenanceSchedule.dueSince(winter, 2020, null, LocalDate.of(2026, 9, 14)))
        .isEmpty();
    assertThat(MaintenanceSchedule.dueSince(winter, 2020, null, LocalDate.of(2026, 9, 15)))
        .contains(LocalDate.of(2026, 9, 15));
    assertThat(MaintenanceSchedule.dueSince(winter, 2020, null, LocalDate.of(2026, 10, 31)))
        .isPresent();
    assertThat(MaintenanceSchedule.dueSince(winter, 2020, null, LocalDate.of(2026, 11, 1)))
        .isEmpty();
    // A tyre change from two months before the season opens counts for it; one before does not.
    assertThat(
            MaintenanceSchedule.dueSince(
                winter, 2020, LocalDate.of(2026, 7, 15), LocalDate.of(2026, 10, 1)))
        .isEmpty();
    assertThat(
            MaintenanceSchedule.dueSince(
                winter, 2020, LocalDate.of(2026, 7, 14), LocalDate.of(2026, 10, 1)))
        .isPresent();
    MaintenanceRule summer = rule(rules, "SUMMER_TYRES");
    assertThat(MaintenanceSchedule.dueSince(summer, 2020, null, LocalDate.of(2026, 3, 31)))
        .contains(LocalDate.of(2026, 3, 1));
    assertThat(MaintenanceSchedule.dueSince(summer, 2020, null, LocalDate.of(2026, 4, 1)))
        .isEmpty();
  }

  @Test
  void theRepairASessionRecommendedIsRecommendedUntilItIsBooked() {
    var shop = fixtures.montreal();
    UUID chat =
        fixtures.service(shop, "Chat", OfferingCategory.OTHER, OfferingMode.REMOTE_CHAT, 20, 1900);
    UUID repair = fixtures.service(shop, OfferingCategory.SUSPENSION, 30000);
    UUID me = fixtures.userId(fixtures.customer());
    Instant asked = clock.instant().minusSeconds(3 * 24 * 3600);
    UUID session = fixtures.session(shop, me, chat, asked, EndReason.CUSTOMER);
    UUID draftOnly = fixtures.session(shop, me, chat, asked.plusSeconds(3600), EndReason.CUSTOMER);
    fixtures.summary(session, repair);
    // A session without a sent summary recommends nothing.
    assertThat(subjects(sources.of(me), UpsellKind.SESSION_FOLLOW_UP))
        .containsExactly("session:" + session)
        .doesNotContain("session:" + draftOnly);
    Upsell followUp = sources.of(me).getFirst();
    assertThat(followUp.kind()).isEqualTo(UpsellKind.SESSION_FOLLOW_UP);
    assertThat(followUp.target())
        .isEqualTo(
            "book/"
                + shop.slug()
                + "?service="
                + repair
                + "&session="
                + session
                + "&from=follow-up");
    assertThat(followUp.actionArgs()).containsExactly("Marc Gagnon");

    UUID car = fixtures.vehicle(me, 2019);
    fixtures.booking(
        shop, me, repair, car, "CONFIRMED", clock.instant().plusSeconds(86400), clock.instant());
    assertThat(subjects(sources.of(me), UpsellKind.SESSION_FOLLOW_UP)).isEmpty();
  }

  @Test
  void aSessionThatRanOutOfTimeOrWasChatOnlyRecommendsVideoWhenVideoIsOffered() {
    var shop = fixtures.montreal();
    UUID chat =
        fixtures.service(shop, "Chat", OfferingCategory.OTHER, OfferingMode.REMOTE_CHAT, 20, 1900);
    UUID video =
        fixtures.service(
            shop, "Video call", OfferingCategory.DIAGNOSTICS, OfferingMode.REMOTE_VIDEO, 30, 3500);
    UUID me = fixtures.userId(fixtures.customer());
    UUID session =
        fixtures.session(
            shop, me, chat, clock.instant().minusSeconds(2 * 24 * 3600), EndReason.TIME_UP);

    List<Upsell> found = sources.of(me);
    assertThat(subjects(found, UpsellKind.PREMIUM_SESSION)).containsExactly("session:" + session);
    Upsell premium = found.getFirst();
    assertThat(premium.target())
        .isEqualTo("sessions/new/" + shop.slug() + "/" + video + "?from=upsell");
    assertThat(premium.textKey()).isEqualTo("crm.upsell.premium.video-time-up");
    assertThat(premium.textArgs()).containsExactly("Marc Gagnon", "Video call", "30");

    // The customer's latest session was a video call that ended normally: nothing to upgrade.
    fixtures.session(shop, me, video, clock.instant().minusSeconds(24 * 3600), EndReason.MECHANIC);
    assertThat(subjects(sources.of(me), UpsellKind.PREMIUM_SESSION)).isEmpty();
  }

  @Test
  void aDismissedOfferStaysHiddenAndShownIsRecordedOnce() {
    var shop = fixtures.montreal();
    UUID oil = fixtures.service(shop, OfferingCategory.OIL, 8000);
    String email = fixtures.customer();
    UUID me = fixtures.userId(email);
    UUID car = fixtures.vehicle(me, 2024);
    Instant past = Instant.parse("2026-01-05T15:00:00Z");
    UUID job =
        fixtures.job(
            shop, me, fixtures.booking(shop, me, oil, car, "COMPLETED", past, past), "COMPLETED");
    UUID wipers = fixtures.line(job, 1, "Wiper blades", "DECLINED");
    UUID mats = fixtures.line(job, 2, "Floor mats", "DECLINED");
    SignIn.as(userDetails, email);

    List<UpsellOffer> shown = upsells.showOnHome(Upsells.ON_HOME);
    List<UpsellOffer> again = upsells.showOnHome(Upsells.ON_HOME);
    assertThat(again)
        .extracting(UpsellOffer::id)
        .isEqualTo(shown.stream().map(UpsellOffer::id).toList());
    UpsellOffer first =
        shown.stream()
            .filter(o -> o.upsell().subject().equals("line:" + wipers))
            .findFirst()
            .orElseThrow();
    assertThat(count("select count(*) from upsell_offers where customer_id = ?", me))
        .isEqualTo(shown.size());
    assertThat(
            count(
                "select count(*) from crm_interactions where kind = 'UPSELL_SHOWN'"
                    + " and subject_id = ? and customer_id = ? and entry_point = 'UPSELL'",
                first.id(),
                me))
        .isOne();

    upsells.dismiss(first.id());

    assertThat(upsells.showOnHome(Upsells.ON_HOME))
        .extracting(o -> o.upsell().subject())
        .doesNotContain("line:" + wipers)
        .contains("line:" + mats);
    assertThat(upsells.showForBooking(UUID.randomUUID())).isEmpty();
    // The data still says so; the customer said "Not now".
    assertThat(subjects(upsells.recommendations(), UpsellKind.DEFERRED_LINE))
        .contains("line:" + wipers);
    assertThat(
            jdbc.queryForObject(
                "select state from upsell_offers where id = ?", String.class, first.id()))
        .isEqualTo("DISMISSED");

    // Someone else cannot click nor dismiss it.
    SignIn.as(userDetails, fixtures.customer());
    assertThatThrownBy(() -> upsells.dismiss(first.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> upsells.click(first.id())).isInstanceOf(NotFoundException.class);
    assertThat(upsells.showOnHome(Upsells.ON_HOME)).isEmpty();
  }

  @Test
  void theDemoCustomerSeesARepairToBookALineLeftForLaterAndMaintenanceDue() {
    SignIn.as(userDetails, DemoAccounts.CUSTOMER.email());
    List<Upsell> emmas = upsells.recommendations();
    assertThat(emmas)
        .filteredOn(u -> u.kind() == UpsellKind.SESSION_FOLLOW_UP)
        .anyMatch(u -> u.actionArgs().equals(List.of("Olivier Lavoie")));
    assertThat(emmas)
        .filteredOn(u -> u.kind() == UpsellKind.DEFERRED_LINE)
        .anyMatch(u -> u.textArgs().getFirst().equals("Cabin air filter"));
    assertThat(emmas).anyMatch(u -> u.kind() == UpsellKind.MAINTENANCE);
  }

  private int count(String sql, Object... args) {
    Integer n = jdbc.queryForObject(sql, Integer.class, args);
    return n == null ? 0 : n;
  }

  private static MaintenanceRule rule(List<MaintenanceRule> rules, String code) {
    return rules.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }
}

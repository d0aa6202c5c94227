package com.otopair.jobs;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Formats;
import com.otopair.booking.BookingConfirmed;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.VehicleDetails;
import com.otopair.consult.ConsultFixtures;
import com.otopair.consult.ConsultProvisioning;
import com.otopair.consult.EndReason;
import com.otopair.consult.SessionStatus;
import com.otopair.consult.domain.Report;
import com.otopair.consult.domain.ReportEntry;
import com.otopair.consult.domain.ReportRepository;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.ListenerRuns;
import com.otopair.support.TestDays;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where a repair booked from a remote session's summary shows it came from: a note on its
 * customer's booking page (for nobody else's booking made with the same session), and a link to the
 * summary on the shop's job page.
 */
class RepairFromSessionViewsTest extends KaribuTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired BookingHolds holds;
  @Autowired ConsultProvisioning consult;
  @Autowired ReportRepository reports;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired ServiceMenu menu;
  @Autowired JobBookings jobBookings;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  BookingFixtures shop;
  ConsultFixtures remote;
  UUID session;
  LocalDate monday;

  @BeforeEach
  void aSentSummaryOfBeas() {
    shop = BookingFixtures.create(users, shops, membership, schedules);
    remote = ConsultFixtures.at(shop.shop(), users, shops, membership);
    monday = TestDays.nextMonday(clock, TORONTO);
    Offering chat =
        menu.publicMenu(shop.shop().shopId()).stream()
            .filter(o -> remote.chat().equals(o.id()))
            .findFirst()
            .orElseThrow();
    session =
        consult.finished(
            new ConsultProvisioning.Ask(
                shop.shop().shopId(),
                "Garage",
                chat,
                remote.customerId(),
                "Emma Tremblay",
                "2016 Honda Civic",
                "Squeal"),
            clock.instant().minus(Duration.ofDays(2)),
            SessionStatus.ENDED,
            EndReason.TIME_UP,
            shop.shop().bea(),
            "Béa Roy",
            List.of("It squeals.", "Your pads are worn."));
    Instant now = clock.instant();
    Report report = new Report(session, shop.shop().bea(), now);
    report.revise(
        "Pads worn.",
        "Listened.",
        "Replace the pads.",
        "SOON",
        shop.oilChange(),
        List.of(new ReportEntry("PART", "Front brake pads", BigDecimal.ONE, 4500)),
        List.of(),
        now);
    UUID reportId = reports.saveAndFlush(report).getId();
    transactions.executeWithoutResult(tx -> reports.send(reportId, now));
  }

  /** The signed-in customer books the oil change from the session. */
  private UUID bookFromSession(int hour) {
    var held =
        holds.hold(
            shop.shop().shopId(),
            shop.oilChange(),
            shop.shop().bea(),
            monday.atTime(hour, 0).atZone(TORONTO).toInstant(),
            session);
    return holds
        .confirm(
            held.id(),
            new BookingDetails(
                new VehicleDetails(null, 2016, "Honda", "Civic", null, "abc 123"),
                "Brakes squeal",
                "+1 514 555 0123"))
        .id();
  }

  @Test
  void theCustomersBookingPageSaysWhichSessionItCameFrom() {
    signInAs(remote.customerEmail());
    UUID bookingId = bookFromSession(9);

    navigate("bookings/" + bookingId);

    assertThat(_get(Paragraph.class, spec -> spec.withId("booking-from-session")).getText())
        .isEqualTo("Booked from your remote session with Béa Roy");
  }

  @Test
  void aBookingMadeWithSomeoneElsesSessionNamesNobody() {
    signInAs(BookingFixtures.customers(users, 1).getFirst());
    UUID bookingId = bookFromSession(9);

    navigate("bookings/" + bookingId);

    assertThat(currentView()).isEqualTo("BookingView");
    assertThat(_find(Paragraph.class, spec -> spec.withId("booking-from-session"))).isEmpty();
  }

  @Test
  void theJobPageLinksToTheSummaryItStartedFrom() {
    signInAs(remote.customerEmail());
    UUID bookingId = bookFromSession(9);
    // The booking's confirmation reaches the jobs module through the outbox: deliver it now.
    var confirmed =
        jdbc.queryForObject(
            "select shop_id, mechanic_id, customer_id, starts_at from bookings where id = ?",
            (rs, n) ->
                new BookingConfirmed(
                    bookingId,
                    rs.getObject("shop_id", UUID.class),
                    rs.getObject("mechanic_id", UUID.class),
                    rs.getObject("customer_id", UUID.class),
                    rs.getTimestamp("starts_at").toInstant(),
                    null),
            bookingId);
    transactions.executeWithoutResult(tx -> ListenerRuns.target(jobBookings).on(confirmed));
    UUID jobId =
        jdbc.queryForObject("select id from jobs where booking_id = ?", UUID.class, bookingId);
    Instant ended =
        jdbc.queryForObject(
                "select ended_at from consult_sessions where id = ?", Timestamp.class, session)
            .toInstant();

    signInAs(shop.shop().ownerEmail());
    navigate("jobs/" + jobId);

    Anchor link = _get(Anchor.class, spec -> spec.withId("job-from-session"));
    assertThat(link.getText())
        .isEqualTo(
            "From remote session " + Formats.current().date(ended, TORONTO) + " with Béa Roy");
    assertThat(link.getHref()).isEqualTo("sessions/" + session + "/summary");
  }
}

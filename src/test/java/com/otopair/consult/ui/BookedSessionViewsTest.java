package com.otopair.consult.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.VehicleDetails;
import com.otopair.consult.ConsultFixtures;
import com.otopair.consult.SessionWatch;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A booked live session on its pages: the mechanic's dashboard lists it with its time and, once its
 * time has come (live), the button that joins it; its customer sees when it starts, then that Béa
 * is expected, and finds it from the booking's page.
 */
class BookedSessionViewsTest extends KaribuTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired BookingHolds bookings;
  @Autowired SessionWatch watch;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  BookingFixtures booking;
  ConsultFixtures fixture;
  Instant start;
  UUID bookingId;
  UUID session;

  @BeforeEach
  void aBookedSession() throws Exception {
    booking = BookingFixtures.create(users, shops, membership, schedules);
    fixture = ConsultFixtures.at(booking.shop(), users, shops, membership);
    start = TestDays.nextMonday(clock, TORONTO).atTime(9, 0).atZone(TORONTO).toInstant();
    bookingId =
        CompletableFuture.supplyAsync(
                () -> {
                  SignIn.as(userDetails, fixture.customerEmail());
                  try {
                    var held =
                        bookings.hold(
                            booking.shop().shopId(), fixture.chat(), booking.shop().bea(), start);
                    return bookings
                        .confirm(
                            held.id(),
                            new BookingDetails(
                                new VehicleDetails(
                                    null, 2019, "Toyota", "Corolla", null, "abc 123"),
                                "The battery light flickers",
                                "+1 514 555 0123"))
                        .id();
                  } finally {
                    SecurityContextHolder.clearContext();
                  }
                })
            .get();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                !jdbc.queryForList(
                        "select id from consult_sessions where booking_id = ?",
                        UUID.class,
                        bookingId)
                    .isEmpty());
    session =
        jdbc.queryForObject(
            "select id from consult_sessions where booking_id = ?", UUID.class, bookingId);
  }

  private void itsTimeComes() {
    clock.advance(Duration.between(clock.instant(), start).plusSeconds(1));
    watch.openBooked();
    runPendingPushes();
  }

  private Div bookedCard() {
    return _get(Div.class, spec -> spec.withClasses("otopair-booked-session"));
  }

  @Test
  void theMechanicSeesItsTimeThenJoinsWhenItComes() {
    openAs(fixture.beaEmail());
    navigate("sessions");

    assertThat(textOf(bookedCard()))
        .contains("2019 Toyota Corolla", "The battery light flickers", "Scheduled")
        .contains("with Emma Tremblay");
    assertThat(textOf(_get(SessionsView.class).available))
        .isEqualTo(
            "Nobody is waiting right now. Stay online and this page rings when someone asks.");

    itsTimeComes();

    assertThat(textOf(bookedCard())).contains("Emma Tremblay is waiting for you");
    _click(_get(bookedCard(), Button.class, spec -> spec.withText("Join the session")));

    assertThat(currentView()).isEqualTo("SessionView");
    assertThat(_get(SessionView.class).status.getText()).isEqualTo("Active");
  }

  @Test
  void theCustomerSeesWhenItStartsThenThatBeaIsExpectedLive() {
    openAs(fixture.customerEmail());
    navigate("sessions/" + session);

    BookedRoom room = _get(BookedRoom.class);
    assertThat(room.heading.getText()).startsWith("Your session with Béa Roy starts ");
    assertThat(_get(Anchor.class, spec -> spec.withId("manage-booking")).getHref())
        .isEqualTo("bookings/" + bookingId);
    assertThat(_get(SessionView.class).status.getText()).isEqualTo("Scheduled");

    itsTimeComes();

    assertThat(_get(BookedRoom.class).heading.getText())
        .isEqualTo("It’s time: waiting for Béa Roy to join");
    assertThat(_get(SessionView.class).claim.isVisible()).isFalse();
  }

  @Test
  void theBookingsPageLeadsToTheSession() {
    openAs(fixture.customerEmail());
    navigate("bookings/" + bookingId);

    Div panel = _get(Div.class, spec -> spec.withId("booking-session"));
    assertThat(textOf(panel)).contains("This is a live session: you and Béa Roy meet on its page");
    assertThat(_get(panel, Anchor.class, spec -> spec.withText("Open the session page")).getHref())
        .isEqualTo("sessions/" + session);
  }
}

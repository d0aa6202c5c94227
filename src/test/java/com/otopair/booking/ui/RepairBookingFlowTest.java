package com.otopair.booking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.booking.BookingFixtures;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.TestDays;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A repair booked from a remote session's summary: the slot picker opened with the session carries
 * it through the hold page to the booking, as an opaque id; a broken one is left behind.
 */
class RepairBookingFlowTest extends KaribuTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired JdbcTemplate jdbc;

  BookingFixtures fixture;
  String slug;
  LocalDate monday;
  UUID customer;

  @BeforeEach
  void aCustomerOnTheSlotPicker() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    slug = membership.ref(fixture.shop().shopId()).slug();
    monday = TestDays.nextMonday(clock, TORONTO);
    String email = BookingFixtures.customers(users, 1).getFirst();
    customer = users.findByEmail(email).orElseThrow();
    signInAs(email);
  }

  /** Picks Monday's first slot on the picker opened with {@code session}, then confirms it. */
  private void bookWith(String session) {
    navigate("book/" + slug + "?service=" + fixture.oilChange() + "&session=" + session);
    BookView view = _get(BookView.class);
    view.month.page(YearMonth.from(monday));
    view.month.pick(monday);
    SlotButtons.click(view.day, 0);

    assertThat(currentView()).isEqualTo("HoldView");
    HoldView hold = _get(HoldView.class);
    _setValue(hold.form.year, 2016);
    _setValue(hold.form.make, "Honda");
    _setValue(hold.form.model, "Civic");
    _setValue(hold.form.phone, "+1 514 555 0123");
    _click(hold.confirm);
    assertThat(currentView()).isEqualTo("BookingView");
  }

  private List<UUID> originsOfMyBookings() {
    return jdbc.queryForList(
        "select origin_session_id from bookings where customer_id = ? and status = 'CONFIRMED'",
        UUID.class,
        customer);
  }

  @Test
  void theSessionTravelsFromThePickerThroughTheHoldToTheBooking() {
    UUID session = UUID.randomUUID();

    bookWith(session.toString());

    assertThat(originsOfMyBookings()).containsExactly(session);
  }

  @Test
  void aBrokenSessionIdIsLeftBehindAndTheBookingGoesThrough() {
    bookWith("not-a-session");

    assertThat(originsOfMyBookings()).hasSize(1).containsOnlyNulls();
  }
}

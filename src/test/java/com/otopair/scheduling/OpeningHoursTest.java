package com.otopair.scheduling;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Money;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.Quotes;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The shop's posted opening hours bound every slot of a service done at the shop, on every path:
 * the slots a customer is offered (page and API) and the holds they ask for. The fixture shop opens
 * Mondays 08:00–17:00 (closed the other days); Béa's windows run Monday 06:00–19:00 and Tuesday
 * 09:00–12:00, far beyond those hours.
 */
class OpeningHoursTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired BookingHolds bookings;
  @Autowired Quotes quotes;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  BookingFixtures fixture;
  UUID shopId;
  UUID bea;
  String slug;
  LocalDate monday;

  @BeforeEach
  void shop() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    shopId = fixture.shop().shopId();
    bea = fixture.shop().bea();
    schedules.weeklyHours(
        shopId,
        bea,
        List.of(
            WindowHours.weekly(
                DayOfWeek.MONDAY, LocalTime.of(6, 0), LocalTime.of(9, 0), BigDecimal.ONE),
            WindowHours.weekly(
                DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(19, 0), BigDecimal.ONE),
            WindowHours.weekly(
                DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), BigDecimal.ONE)));
    slug = jdbc.queryForObject("select slug from shops where id = ?", String.class, shopId);
    monday = TestDays.nextMonday(clock, TORONTO);
    SignIn.as(userDetails, BookingFixtures.customers(users, 1).getFirst());
  }

  Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(TORONTO).toInstant();
  }

  List<LocalTime> offeredStarts(UUID serviceId, LocalDate day) {
    return quotes.slots(slug, serviceId, bea, day, day).slots().stream()
        .map(s -> s.start().atZone(TORONTO).toLocalTime())
        .toList();
  }

  @Test
  void anInShopServiceIsOfferedOnlyFromOpeningUntilItsEndFitsBeforeClosing() {
    List<LocalTime> starts = offeredStarts(fixture.oilChange(), monday);

    // The one-hour oil change: 08:00 at the earliest, 16:00 at the latest (ending at 17:00).
    assertThat(starts.getFirst()).isEqualTo(LocalTime.of(8, 0));
    assertThat(starts.getLast()).isEqualTo(LocalTime.of(16, 0));
    assertThat(starts)
        .doesNotContain(LocalTime.of(7, 0), LocalTime.of(7, 45), LocalTime.of(16, 15));
  }

  @Test
  void aDayWithoutOpeningHoursOffersNoInShopSlots() {
    assertThat(offeredStarts(fixture.oilChange(), monday.plusDays(1))).isEmpty();
  }

  @Test
  void aHoldBeforeTheShopOpensIsRefusedWithItsHours() {
    assertRefusedAt(
        () -> bookings.hold(shopId, fixture.oilChange(), bea, at(monday, 7, 0)),
        "start",
        "The shop is open from 8:00 AM to 5:00 PM on Mondays");
    assertRefusedAt(
        () -> bookings.hold(shopId, fixture.oilChange(), null, at(monday, 7, 30)),
        "start",
        "The shop is open from 8:00 AM to 5:00 PM on Mondays");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from bookings where shop_id = ?", Integer.class, shopId))
        .isZero();
  }

  @Test
  void aHoldThatWouldEndAfterClosingIsRefused() {
    assertRefusedAt(
        () -> bookings.hold(shopId, fixture.oilChange(), bea, at(monday, 16, 30)),
        "start",
        "pick a time within those hours");
  }

  @Test
  void aHoldOnADayTheShopIsClosedIsRefused() {
    assertRefusedAt(
        () -> bookings.hold(shopId, fixture.oilChange(), bea, at(monday.plusDays(1), 9, 0)),
        "start",
        "The shop is closed on Tuesdays");
  }

  @Test
  void aHoldWithinTheOpeningHoursGoesThrough() {
    assertThat(bookings.hold(shopId, fixture.oilChange(), bea, at(monday, 8, 0)).status())
        .isEqualTo(BookingStatus.HELD);
  }

  @Test
  void aRemoteServiceFollowsTheMechanicsWindowsOutsideTheOpeningHours() {
    UUID videoCall =
        shops.addOffering(
            shopId,
            new Offering(
                null,
                "Video diagnosis",
                "A mechanic looks at the problem with you on video.",
                OfferingCategory.DIAGNOSTICS,
                30,
                new Money(4000, "CAD"),
                OfferingMode.REMOTE_VIDEO,
                true));

    List<LocalTime> starts = offeredStarts(videoCall, monday);

    assertThat(starts.getFirst()).isEqualTo(LocalTime.of(6, 0));
    assertThat(starts.getLast()).isEqualTo(LocalTime.of(18, 30));
    assertThat(offeredStarts(videoCall, monday.plusDays(1))).startsWith(LocalTime.of(9, 0));
    assertThat(bookings.hold(shopId, videoCall, bea, at(monday, 7, 0)).status())
        .isEqualTo(BookingStatus.HELD);
  }
}

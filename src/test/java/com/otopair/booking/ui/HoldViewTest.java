package com.otopair.booking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Money;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.MyBookings;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.TestDays;
import com.vaadin.flow.component.HasValidation;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The hold page's form: every problem shown at once, and hints that fit the service. */
class HoldViewTest extends KaribuTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired BookingHolds bookings;
  @Autowired MyBookings myBookings;

  BookingFixtures fixture;
  String slug;
  LocalDate monday;

  @BeforeEach
  void customer() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    slug = membership.ref(fixture.shop().shopId()).slug();
    monday = TestDays.nextMonday(clock, TORONTO);
    signInAs(BookingFixtures.customers(users, 1).getFirst());
  }

  private HoldView hold(UUID service) {
    navigate(
        "book/"
            + slug
            + "/hold?service="
            + service
            + "&start="
            + monday.atTime(10, 0).atZone(TORONTO).toInstant());
    return _get(HoldView.class);
  }

  @Test
  void everyInvalidFieldIsMarkedAtOnce() {
    HoldView hold = hold(fixture.oilChange());
    _setValue(hold.form.year, 1800);
    _setValue(hold.form.vin, "12345");
    _setValue(hold.form.phone, "call me maybe");

    _click(hold.confirm);

    Map<String, HasValidation> fields = new LinkedHashMap<>();
    fields.put("year", hold.form.year);
    fields.put("make", hold.form.make);
    fields.put("model", hold.form.model);
    fields.put("vin", hold.form.vin);
    fields.put("plate", hold.form.plate);
    fields.put("phone", hold.form.phone);
    Map<String, String> marked = new LinkedHashMap<>();
    fields.forEach(
        (name, field) -> marked.put(name, field.isInvalid() ? field.getErrorMessage() : ""));
    assertThat(marked)
        .containsExactly(
            Map.entry(
                "year", "Enter a model year from 1950 to " + (LocalDate.now(clock).getYear() + 1)),
            Map.entry("make", "Enter the make, like Toyota"),
            Map.entry("model", "Enter the model, like Corolla"),
            Map.entry("vin", "A VIN has 17 characters; this one has 5"),
            Map.entry("plate", ""),
            Map.entry("phone", "Enter a phone number like +1 512 555 0100"));
    assertThat(currentView()).isEqualTo("HoldView");
    assertThat(myBookings.list()).allMatch(b -> b.status() == BookingStatus.HELD);

    // Fixed, it books.
    _setValue(hold.form.year, 2019);
    _setValue(hold.form.make, "Honda");
    _setValue(hold.form.model, "Civic");
    _setValue(hold.form.vin, "");
    _setValue(hold.form.phone, "+1 514 555 0123");
    _click(hold.confirm);
    assertThat(currentView()).isEqualTo("BookingView");
  }

  @Test
  void theProblemHintFitsTheService() {
    assertThat(hold(fixture.oilChange()).form.problem.getPlaceholder())
        .doesNotContainIgnoringCase("brak")
        .containsIgnoringCase("oil");

    UUID brakes =
        shops.addOffering(
            fixture.shop().shopId(),
            new Offering(
                null,
                "Brake pads",
                "Front pads.",
                OfferingCategory.BRAKES,
                60,
                new Money(15000, "CAD"),
                OfferingMode.IN_SHOP,
                true));
    myBookings.list().forEach(b -> bookings.releaseHold(b.id()));
    assertThat(hold(brakes).form.problem.getPlaceholder()).containsIgnoringCase("brak");
  }
}

package com.otopair.scheduling.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.otopair.scheduling.ui.ScheduleScreen.choose;
import static com.otopair.scheduling.ui.ScheduleScreen.select;
import static com.otopair.scheduling.ui.ScheduleScreen.weekday;
import static com.otopair.scheduling.ui.ScheduleScreen.windows;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.Money;
import com.otopair.base.Roles;
import com.otopair.base.ui.calendar.CalendarEvent;
import com.otopair.base.ui.calendar.CalendarView;
import com.otopair.base.ui.calendar.DatesSetEvent;
import com.otopair.base.ui.calendar.EventClickEvent;
import com.otopair.base.ui.calendar.EventDropEvent;
import com.otopair.base.ui.calendar.SelectEvent;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.BookingPolicies;
import com.otopair.scheduling.ScheduleFixtures;
import com.otopair.scheduling.Slot;
import com.otopair.scheduling.WeeklyHours;
import com.otopair.scheduling.WindowHours;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

class ScheduleViewTest extends KaribuTest {

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired WeeklyHours weeklyHours;
  @Autowired BookingPolicies bookingPolicies;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  ScheduleFixtures shop;

  @BeforeEach
  void shop() {
    shop = ScheduleFixtures.create(users, shops, membership, "America/Toronto");
  }

  private ScheduleView openAsOwner() {
    signInAs(shop.ownerEmail());
    navigate("schedule");
    return _get(ScheduleView.class);
  }

  @Test
  void drawingOnTheCalendarSavesHoursAndAnOverlapIsRefused() {
    ScheduleView view = openAsOwner();
    assertThat(view.getElement().getTextRecursively()).contains("Times are in Eastern Time.");
    choose(view, shop.alex());
    LocalDate tuesday = weekday(view, DayOfWeek.TUESDAY);

    select(view.calendar, tuesday, 8, 12);
    expectNotifications("Added Tuesday 8:00 AM–12:00 PM for Alex Martin");
    assertThat(windows(view))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.start()).isEqualTo(tuesday.atTime(8, 0));
              assertThat(e.end()).isEqualTo(tuesday.atTime(12, 0));
              assertThat(e.title()).isEqualTo("Standard");
              assertThat(e.editable()).isTrue();
            });
    clearNotifications();

    select(view.calendar, tuesday, 11, 14);
    expectNotifications("That overlaps Tuesday 8:00 AM–12:00 PM");
    assertThat(windows(view)).hasSize(1);
    assertThat(weeklyHours.weekOf(shop.shopId(), shop.alex(), tuesday.with(DayOfWeek.MONDAY)))
        .hasSize(1);
  }

  @Test
  void hoursDrawnUntilMidnightAndADayChangedUntilMidnightKeepTheirLastHour() {
    ScheduleView view = openAsOwner();
    choose(view, shop.alex());
    LocalDate tuesday = weekday(view, DayOfWeek.TUESDAY);
    LocalDate wednesday = tuesday.plusDays(1);

    ComponentUtil.fireEvent(
        view.calendar,
        new SelectEvent(
            view.calendar,
            true,
            tuesday.atTime(18, 0).toString(),
            wednesday.atStartOfDay().toString(),
            false));

    expectNotifications("Added Tuesday 6:00 PM–midnight for Alex Martin");
    assertThat(windows(view))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.start()).isEqualTo(tuesday.atTime(18, 0));
              assertThat(e.end()).isEqualTo(wednesday.atStartOfDay());
            });
    clearNotifications();

    ContextMenuKt._click(view.actions, view.changeDay);
    _setValue(_get(DatePicker.class, spec -> spec.withLabel("Date")), wednesday);
    _setValue(_get(Checkbox.class, spec -> spec.withLabel("Day off")), false);
    _setValue(_get(TimePicker.class, spec -> spec.withLabel("From")), LocalTime.of(20, 0));
    _setValue(_get(TimePicker.class, spec -> spec.withLabel("Until")), LocalTime.MIDNIGHT);
    _click(_get(Button.class, spec -> spec.withId("dialog-save")));

    assertThat(view.calendar.getEvents())
        .filteredOn(e -> e.id().startsWith(ScheduleEvents.OVERRIDE))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.start()).isEqualTo(wednesday.atTime(20, 0));
              assertThat(e.end()).isEqualTo(wednesday.plusDays(1).atStartOfDay());
            });
    assertThat(
            jdbc.queryForList(
                "select end_time::text from availability_windows where mechanic_id = ?"
                    + " union all select end_time::text from schedule_overrides"
                    + " where mechanic_id = ?",
                String.class,
                shop.alex(),
                shop.alex()))
        .containsExactly("24:00:00", "24:00:00");
  }

  @Test
  void draggingHoursMovesThemAndUndoPutsThemBack() {
    ScheduleView view = openAsOwner();
    choose(view, shop.alex());
    LocalDate tuesday = weekday(view, DayOfWeek.TUESDAY);
    select(view.calendar, tuesday, 8, 12);
    CalendarEvent drawn = windows(view).getFirst();

    LocalDate wednesday = tuesday.plusDays(1);
    ComponentUtil.fireEvent(
        view.calendar,
        new EventDropEvent(
            view.calendar,
            true,
            drawn.id(),
            wednesday.atTime(9, 0).toString(),
            wednesday.atTime(13, 0).toString(),
            drawn.start().toString(),
            drawn.end().toString()));
    assertThat(windows(view))
        .extracting(CalendarEvent::start)
        .containsExactly(wednesday.atTime(9, 0));

    assertThat(view.undo.isEnabled()).isTrue();
    _click(view.undo);
    assertThat(windows(view))
        .extracting(CalendarEvent::start)
        .containsExactly(tuesday.atTime(8, 0));
    assertThat(view.undo.isEnabled()).isFalse();
  }

  @Test
  void clickingHoursSetsTheirPriceWhichTheCalendarColours() {
    ScheduleView view = openAsOwner();
    choose(view, shop.alex());
    LocalDate saturday = weekday(view, DayOfWeek.TUESDAY).with(DayOfWeek.SATURDAY);
    select(view.calendar, saturday, 9, 14);
    CalendarEvent drawn = windows(view).getFirst();

    ComponentUtil.fireEvent(view.calendar, new EventClickEvent(view.calendar, true, drawn.id()));
    _setValue(
        _get(BigDecimalField.class, spec -> spec.withId("window-multiplier")),
        new BigDecimal("1.5"));
    _click(_get(Button.class, spec -> spec.withId("dialog-save")));

    assertThat(windows(view))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.title()).isEqualTo("×1.5 peak");
              assertThat(e.classNames()).contains(CalendarEvent.TONE_ACCENT);
            });
  }

  @Test
  void drawingWithEveryoneShownAsksForWhomAndAnEndBeforeTheStartCannotBeDrawn() {
    ScheduleView view = openAsOwner();
    LocalDate today = view.calendar.getVisibleRange().start();

    select(view.calendar, today, 13, 17);
    _click(_get(Button.class, spec -> spec.withId("dialog-save")));

    assertThat(windows(view))
        .singleElement()
        .satisfies(e -> assertThat(e.title()).isEqualTo("Alex Martin · Standard"));
  }

  @Test
  void theWholeTeamGetsADayWithFullNamesAndOneMechanicAWeek() {
    SignIn.as(userDetails, shop.ownerEmail());
    for (var mechanic : List.of(shop.alex(), shop.bea())) {
      for (DayOfWeek day : DayOfWeek.values()) {
        weeklyHours.addWindow(
            shop.shopId(),
            mechanic,
            WindowHours.weekly(day, LocalTime.of(8, 0), LocalTime.of(12, 0), BigDecimal.ONE));
      }
    }
    ScheduleView view = openAsOwner();

    // Side by side in a week, three names get a few letters each; a day gives each its share.
    assertThat(view.calendar.getView()).isEqualTo(CalendarView.DAY);
    assertThat(windows(view))
        .extracting(CalendarEvent::title)
        .containsExactlyInAnyOrder("Alex Martin · Standard", "Béa Roy · Standard");

    choose(view, shop.alex());
    assertThat(view.calendar.getView()).isEqualTo(CalendarView.WEEK);
    assertThat(windows(view)).hasSize(7).extracting(CalendarEvent::title).containsOnly("Standard");

    _setValue(view.mechanic, view.everyone);
    assertThat(view.calendar.getView()).isEqualTo(CalendarView.DAY);
  }

  @Test
  void aMechanicSeesOnlyTheirOwnHoursWithoutTheOwnersTools() {
    SignIn.as(userDetails, shop.ownerEmail());
    weeklyHours.addWindow(
        shop.shopId(),
        shop.bea(),
        WindowHours.weekly(
            DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0), BigDecimal.ONE));

    signInAs(shop.alexEmail());
    navigate("schedule");
    ScheduleView view = _get(ScheduleView.class);

    assertThat(view.mechanic.isVisible()).isFalse();
    assertThat(view.templates.isVisible()).isFalse();
    assertThat(view.policy.isVisible()).isFalse();
    assertThat(windows(view)).isEmpty();
    select(view.calendar, weekday(view, DayOfWeek.TUESDAY), 8, 12);
    assertThat(windows(view))
        .singleElement()
        .extracting(CalendarEvent::title)
        .isEqualTo("Standard");
  }

  @Test
  void anOpenScheduleUpdatesWhenSomeoneElseChangesIt() {
    ScheduleView view = openAsOwner();
    assertThat(windows(view)).isEmpty();
    DayOfWeek today = view.calendar.getVisibleRange().start().getDayOfWeek();

    // Alex adds hours from another browser: another thread, with his own security context.
    CompletableFuture.runAsync(
            () -> {
              SignIn.as(userDetails, shop.alexEmail());
              try {
                weeklyHours.addWindow(
                    shop.shopId(),
                    shop.alex(),
                    WindowHours.weekly(
                        today, LocalTime.of(8, 0), LocalTime.of(12, 0), BigDecimal.ONE));
              } finally {
                SecurityContextHolder.clearContext();
              }
            })
        .join();
    runPendingPushes();

    assertThat(windows(view))
        .singleElement()
        .extracting(CalendarEvent::title)
        .isEqualTo("Alex Martin · Standard");
    expectNotifications("The schedule was just updated by a colleague");
  }

  @Test
  void timeOffFromTheMenuShadesTheDaysAndAnOverlapIsShownNextToTheField() {
    ScheduleView view = openAsOwner();
    choose(view, shop.alex());
    LocalDate monday = view.calendar.getVisibleRange().start();

    ContextMenuKt._click(view.actions, view.timeOff);
    _setValue(_get(DatePicker.class, spec -> spec.withLabel("First day")), monday.plusDays(1));
    _setValue(_get(DatePicker.class, spec -> spec.withLabel("Last day")), monday.plusDays(2));
    _setValue(_get(TextField.class, spec -> spec.withLabel("Reason")), "Vacation");
    _click(_get(Button.class, spec -> spec.withId("dialog-save")));

    assertThat(view.calendar.getEvents())
        .filteredOn(e -> e.id().startsWith(ScheduleEvents.TIME_OFF))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.title()).isEqualTo("Time off: Vacation");
              assertThat(e.background()).isTrue();
              assertThat(e.start()).isEqualTo(monday.plusDays(1).atStartOfDay());
              assertThat(e.end()).isEqualTo(monday.plusDays(3).atStartOfDay());
            });

    ContextMenuKt._click(view.actions, view.timeOff);
    DatePicker first = _get(DatePicker.class, spec -> spec.withLabel("First day"));
    _setValue(first, monday.plusDays(2));
    _setValue(_get(DatePicker.class, spec -> spec.withLabel("Last day")), monday.plusDays(3));
    _click(_get(Button.class, spec -> spec.withId("dialog-save")));
    _expectInvalid(
        first, "That overlaps time off from " + Formats.of(I18n.ENGLISH).date(monday.plusDays(1)));
  }

  @Test
  void thePolicyDialogShowsAnOutOfRangeValueNextToItsField() {
    ScheduleView view = openAsOwner();

    ContextMenuKt._click(view.actions, view.policy);
    IntegerField step =
        _get(IntegerField.class, spec -> spec.withLabel("Slots start every (minutes)"));
    _setValue(step, 90);
    _click(_get(Button.class, spec -> spec.withId("dialog-save")));
    _expectInvalid(step, "Slots start every 5 to 60 minutes");

    _setValue(step, 30);
    _click(_get(Button.class, spec -> spec.withId("dialog-save")));
    expectNotifications("Booking policy saved");
    assertThat(bookingPolicies.policy(shop.shopId()).step()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void theSlotPreviewShowsWhatCustomersCanBookWithTheirPrices() {
    shops.addOffering(
        shop.shopId(),
        new Offering(
            null,
            "Oil change",
            "Synthetic oil and a new filter.",
            OfferingCategory.OIL,
            60,
            new Money(8000, "CAD"),
            OfferingMode.IN_SHOP,
            true));
    ScheduleView view = openAsOwner();
    choose(view, shop.alex());
    view.calendar.next();
    var week = view.calendar.getVisibleRange();
    ComponentUtil.fireEvent(
        view.calendar,
        new DatesSetEvent(
            view.calendar,
            true,
            week.start().toString(),
            week.end().toString(),
            "timeGridWeek",
            week.start().toString()));
    // The shop opens Mondays 08:00–17:00 only: Saturday's hours offer no in-shop service.
    LocalDate monday = week.start().with(DayOfWeek.MONDAY);
    select(view.calendar, monday, 9, 11);
    select(view.calendar, monday.with(DayOfWeek.SATURDAY), 9, 11);
    assertThat(view.calendar.getEvents()).noneMatch(e -> e.id().startsWith(ScheduleEvents.SLOT));

    _setValue(view.preview, view.preview.getListDataView().getItem(0));

    assertThat(view.calendar.getEvents())
        .filteredOn(e -> e.id().startsWith(ScheduleEvents.SLOT))
        .extracting(
            e ->
                e.start().toLocalDate().getDayOfWeek()
                    + " "
                    + e.start().toLocalTime()
                    + " "
                    + e.title())
        .containsExactly(
            "MONDAY 09:00 $80",
            "MONDAY 09:15 $80",
            "MONDAY 09:30 $80",
            "MONDAY 09:45 $80",
            "MONDAY 10:00 $80");

    // A free slot books it for a customer: the shop's bookings open the dialog, prefilled.
    var free =
        view.calendar.getEvents().stream()
            .filter(e -> e.id().startsWith(ScheduleEvents.SLOT))
            .toList()
            .get(2);
    ComponentUtil.fireEvent(view.calendar, new EventClickEvent(view.calendar, true, free.id()));
    assertThat(currentView()).isEqualTo("ShopBookingsView");
    Select<?> time = _get(Select.class, spec -> spec.withId("phone-booking-slot"));
    assertThat(((Slot) Objects.requireNonNull(time.getValue())).start())
        .isEqualTo(free.start().atZone(ZoneId.of("America/Toronto")).toInstant());
    Select<?> mechanic = _get(Select.class, spec -> spec.withId("phone-booking-mechanic"));
    assertThat(((ShopDetails.Member) Objects.requireNonNull(mechanic.getValue())).userId())
        .isEqualTo(shop.alex());
  }

  @Test
  void anOwnerWithoutAShopIsSentToSetOneUp() {
    String email = "solo-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    users.createVerifiedUser(email, "Solo Owner", Roles.SHOP_OWNER, "a long passphrase");
    signInAs(email);
    navigate("schedule");
    assertThat(_get(H2.class).getText()).isEqualTo("No shop yet");
  }
}

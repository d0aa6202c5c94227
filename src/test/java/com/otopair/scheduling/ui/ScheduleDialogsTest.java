package com.otopair.scheduling.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.otopair.scheduling.ui.ScheduleScreen.choose;
import static com.otopair.scheduling.ui.ScheduleScreen.clickEvent;
import static com.otopair.scheduling.ui.ScheduleScreen.mechanic;
import static com.otopair.scheduling.ui.ScheduleScreen.select;
import static com.otopair.scheduling.ui.ScheduleScreen.weekday;
import static com.otopair.scheduling.ui.ScheduleScreen.windows;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.otopair.base.ui.calendar.CalendarEvent;
import com.otopair.base.ui.calendar.CalendarView;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleFixtures;
import com.otopair.scheduling.ScheduleTemplates;
import com.otopair.scheduling.ShopSchedule;
import com.otopair.scheduling.WeeklyHours;
import com.otopair.scheduling.WindowHours;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Each schedule dialog checks all its fields at once: every invalid one is marked together and
 * nothing is saved. Hours outside the shop's opening hours (Mondays 08:00–17:00 in the fixture)
 * come with a warning, and are still saved.
 */
class ScheduleDialogsTest extends KaribuTest {

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired WeeklyHours weeklyHours;
  @Autowired ScheduleTemplates scheduleTemplates;
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

  private ScheduleView openAsOwnerWithAlex() {
    ScheduleView view = openAsOwner();
    choose(view, shop.alex());
    return view;
  }

  private static void save() {
    _click(_get(Button.class, spec -> spec.withId("dialog-save")));
  }

  private int count(String table) {
    return jdbc.queryForObject(
        "select count(*) from " + table + " where shop_id = ?", Integer.class, shop.shopId());
  }

  @Test
  void theScheduleShowsTheShopsOpeningHoursBesideTheWeek() {
    openAsOwner();

    String hours =
        _get(Div.class, spec -> spec.withId("schedule-opening-hours"))
            .getChildren()
            .map(c -> c.getElement().getTextRecursively())
            .reduce("", (a, b) -> a + " " + b);
    assertThat(hours).contains("Mon8:00 AM to 5:00 PM", "TueClosed", "SunClosed");
  }

  @Test
  void hoursOutsideTheOpeningHoursAreSavedWithAWarningInTheirDialog() {
    ScheduleView view = openAsOwner();
    LocalDate monday = weekday(view, DayOfWeek.MONDAY);

    // Drawn for everyone: the dialog asks for whom and warns about a closed day.
    select(view.calendar, weekday(view, DayOfWeek.TUESDAY), 9, 12);
    assertThat(_get(Paragraph.class, spec -> spec.withId("hours-warning")).getText())
        .isEqualTo(
            "The shop is closed on Tuesdays, so in-shop services won’t be offered in these"
                + " hours.");
    save();
    assertThat(count("availability_windows")).isEqualTo(1);

    SignIn.as(userDetails, shop.ownerEmail());
    weeklyHours.addWindow(
        shop.shopId(),
        shop.bea(),
        WindowHours.weekly(
            DayOfWeek.MONDAY, LocalTime.of(7, 0), LocalTime.of(12, 0), BigDecimal.ONE));
    weeklyHours.addWindow(
        shop.shopId(),
        shop.alex(),
        WindowHours.weekly(
            DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), BigDecimal.ONE));
    view.refresh();
    view.calendar.setView(CalendarView.WEEK);
    view.refresh();

    CalendarEvent early =
        windows(view).stream()
            .filter(e -> e.start().equals(monday.atTime(7, 0)))
            .findFirst()
            .orElseThrow();
    assertThat(early.classNames()).contains("otopair-window-outside");
    clickEvent(view, early);
    assertThat(_get(Paragraph.class, spec -> spec.withId("hours-warning")).getText())
        .isEqualTo(
            "These hours reach outside the shop’s opening hours (Monday, 8:00 AM to 5:00 PM), so"
                + " in-shop services won’t be offered outside them.");
    _click(_get(Button.class, spec -> spec.withText("Cancel")));

    CalendarEvent inside =
        windows(view).stream()
            .filter(e -> e.start().equals(monday.atTime(9, 0)))
            .findFirst()
            .orElseThrow();
    assertThat(inside.classNames()).doesNotContain("otopair-window-outside");
    clickEvent(view, inside);
    _assertNone(Paragraph.class, spec -> spec.withId("hours-warning"));
  }

  @Test
  void theNewHoursDialogMarksTheMechanicAndThePriceAtOnce() {
    ScheduleView view = openAsOwner();
    select(view.calendar, weekday(view, DayOfWeek.MONDAY), 9, 12);
    var who = _get(_get(Dialog.class), Select.class, spec -> spec.withLabel("Mechanic"));
    BigDecimalField multiplier =
        _get(BigDecimalField.class, spec -> spec.withId("window-multiplier"));
    who.setValue(null);
    _setValue(multiplier, new BigDecimal("9"));

    save();

    _expectInvalid(who, "Choose a mechanic");
    _expectInvalid(multiplier, "Pick a price multiplier between 0.5 and 3.0");
    assertThat(count("availability_windows")).isZero();
  }

  @Test
  void theHoursDialogMarksThePriceAndTheDatesAtOnce() {
    ScheduleView view = openAsOwnerWithAlex();
    LocalDate monday = weekday(view, DayOfWeek.MONDAY);
    select(view.calendar, monday, 9, 12);
    clickEvent(view, windows(view).getFirst());
    BigDecimalField multiplier =
        _get(BigDecimalField.class, spec -> spec.withId("window-multiplier"));
    DatePicker from = _get(DatePicker.class, spec -> spec.withLabel("Valid from"));
    DatePicker to = _get(DatePicker.class, spec -> spec.withLabel("Valid until"));
    _setValue(multiplier, new BigDecimal("0.1"));
    _setValue(from, monday.plusDays(7));
    _setValue(to, monday);

    save();

    _expectInvalid(multiplier, "Pick a price multiplier between 0.5 and 3.0");
    _expectInvalid(to, "The last day can’t be before the first");
    assertThat(
            jdbc.queryForObject(
                "select multiplier from availability_windows where mechanic_id = ?",
                BigDecimal.class,
                shop.alex()))
        .isEqualByComparingTo("1");
  }

  @Test
  void theTimeOffDialogMarksBothMissingDaysAtOnce() {
    ScheduleView view = openAsOwnerWithAlex();
    ContextMenuKt._click(view.actions, view.timeOff);
    DatePicker first = _get(DatePicker.class, spec -> spec.withLabel("First day"));
    DatePicker last = _get(DatePicker.class, spec -> spec.withLabel("Last day"));
    _setValue(first, null);
    _setValue(last, null);

    save();

    _expectInvalid(first, "Pick the first day");
    _expectInvalid(last, "Pick the last day");
    assertThat(count("time_off")).isZero();
  }

  @Test
  void theDayDialogMarksTheDateAndTheEndAtOnce() {
    ScheduleView view = openAsOwnerWithAlex();
    ContextMenuKt._click(view.actions, view.changeDay);
    DatePicker date = _get(DatePicker.class, spec -> spec.withLabel("Date"));
    TimePicker until = _get(TimePicker.class, spec -> spec.withLabel("Until"));
    _setValue(date, null);
    _setValue(_get(Checkbox.class, spec -> spec.withLabel("Day off")), false);
    _setValue(_get(TimePicker.class, spec -> spec.withLabel("From")), LocalTime.of(14, 0));
    _setValue(until, LocalTime.of(9, 0));

    save();

    _expectInvalid(date, "Pick a date");
    _expectInvalid(until, "The end must be after the start");
    assertThat(count("schedule_overrides")).isZero();
  }

  @Test
  void theCopyDialogMarksTheMechanicsAndTheFirstDayAtOnce() {
    ScheduleView view = openAsOwnerWithAlex();
    ContextMenuKt._click(view.actions, view.copyWeek);
    @SuppressWarnings("unchecked")
    MultiSelectComboBox<ShopSchedule.Mechanic> targets =
        _get(MultiSelectComboBox.class, spec -> spec.withLabel("To"));
    DatePicker from = _get(DatePicker.class, spec -> spec.withLabel("From"));
    _setValue(targets, Set.of());
    _setValue(from, null);

    save();

    _expectInvalid(targets, "Choose the mechanics");
    _expectInvalid(from, "Pick the first day");
  }

  @Test
  void theTemplateDialogsMarkTheirMissingFields() {
    ScheduleView view = openAsOwnerWithAlex();
    ContextMenuKt._click(view.actions, view.templates);
    TextField name = _get(TextField.class, spec -> spec.withLabel("Template name"));
    _click(_get(Button.class, spec -> spec.withId("save-template")));
    _expectInvalid(name, "Name the template");
    assertThat(count("schedule_templates")).isZero();

    SignIn.as(userDetails, shop.ownerEmail());
    scheduleTemplates.saveTemplate(
        shop.shopId(),
        "Winter hours",
        List.of(
            WindowHours.weekly(
                DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), BigDecimal.ONE)));
    _click(_get(Button.class, spec -> spec.withText("Close")));
    ContextMenuKt._click(view.actions, view.templates);
    _click(_get(Button.class, spec -> spec.withText("Apply…")));
    @SuppressWarnings("unchecked")
    MultiSelectComboBox<ShopSchedule.Mechanic> targets =
        _get(MultiSelectComboBox.class, spec -> spec.withLabel("To"));
    DatePicker from = _get(DatePicker.class, spec -> spec.withLabel("From"));
    _setValue(targets, Set.of());
    _setValue(from, null);

    save();

    _expectInvalid(targets, "Choose the mechanics");
    _expectInvalid(from, "Pick the first day");
    assertThat(count("availability_windows")).isZero();
  }

  @Test
  void thePolicyDialogMarksEveryOutOfRangeValueAtOnce() {
    ScheduleView view = openAsOwner();
    ContextMenuKt._click(view.actions, view.policy);
    IntegerField step =
        _get(IntegerField.class, spec -> spec.withLabel("Slots start every (minutes)"));
    IntegerField horizon =
        _get(IntegerField.class, spec -> spec.withLabel("Book up to (days ahead)"));
    IntegerField cap =
        _get(IntegerField.class, spec -> spec.withLabel("Most bookings per mechanic a day"));
    IntegerField notice =
        _get(IntegerField.class, spec -> spec.withLabel("Minimum notice (minutes)"));
    _setValue(step, 90);
    _setValue(horizon, 0);
    _setValue(cap, 99);
    _setValue(notice, null);

    save();

    _expectInvalid(step, "Slots start every 5 to 60 minutes");
    _expectInvalid(horizon, "Take bookings 1 to 365 days ahead");
    _expectInvalid(cap, "Cap bookings at 1 to 50 a day, or leave it empty");
    _expectInvalid(notice, "Fill in “Minimum notice (minutes)”");
    assertThat(count("booking_policies")).isZero();
  }

  @Test
  void thePolicyDialogKeepsHowLongLiveSessionsWaitWithinFiveToSixtyMinutes() {
    ScheduleView view = openAsOwner();
    ContextMenuKt._click(view.actions, view.policy);
    IntegerField wait =
        _get(
            IntegerField.class,
            spec -> spec.withLabel("Live sessions wait for a mechanic (minutes)"));
    assertThat(wait.getValue()).isEqualTo(15);
    _setValue(wait, 61);
    save();
    _expectInvalid(wait, "Let live sessions wait 5 to 60 minutes");
    assertThat(count("booking_policies")).isZero();

    _setValue(wait, 5);
    save();
    assertThat(
            jdbc.queryForObject(
                "select live_wait_minutes from booking_policies where shop_id = ?",
                Integer.class,
                shop.shopId()))
        .isEqualTo(5);
  }

  @Test
  void aDayWithOtherHoursWarnsWhenTheyReachOutsideTheOpeningHours() {
    ScheduleView view = openAsOwnerWithAlex();
    LocalDate monday = weekday(view, DayOfWeek.MONDAY);
    ContextMenuKt._click(view.actions, view.changeDay);
    _setValue(_get(DatePicker.class, spec -> spec.withLabel("Date")), monday);
    _assertNone(Paragraph.class, spec -> spec.withId("hours-warning"));

    _setValue(_get(Checkbox.class, spec -> spec.withLabel("Day off")), false);
    _setValue(_get(TimePicker.class, spec -> spec.withLabel("From")), LocalTime.of(7, 0));
    _setValue(_get(TimePicker.class, spec -> spec.withLabel("Until")), LocalTime.of(12, 0));
    assertThat(_get(Paragraph.class, spec -> spec.withId("hours-warning")).getText())
        .isEqualTo(
            "These hours reach outside the shop’s opening hours (Monday, 8:00 AM to 5:00 PM), so"
                + " in-shop services won’t be offered outside them.");

    _setValue(_get(TimePicker.class, spec -> spec.withLabel("From")), LocalTime.of(8, 0));
    _assertNone(Paragraph.class, spec -> spec.withId("hours-warning"));

    _setValue(_get(DatePicker.class, spec -> spec.withLabel("Date")), monday.plusDays(1));
    assertThat(_get(Paragraph.class, spec -> spec.withId("hours-warning")).getText())
        .startsWith("The shop is closed on Tuesdays");

    save();
    assertThat(count("schedule_overrides")).isOne();
  }

  @Test
  void hoursThatOverlapTheMechanicsOwnAreRefusedNextToTheMechanicAndTheDialogStaysOpen() {
    ScheduleView view = openAsOwner();
    SignIn.as(userDetails, shop.ownerEmail());
    weeklyHours.addWindow(
        shop.shopId(),
        shop.alex(),
        WindowHours.weekly(
            DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), BigDecimal.ONE));
    view.refresh();
    select(view.calendar, weekday(view, DayOfWeek.MONDAY), 10, 11);
    @SuppressWarnings("unchecked")
    Select<ShopSchedule.Mechanic> who =
        _get(_get(Dialog.class), Select.class, spec -> spec.withLabel("Mechanic"));
    _setValue(who, mechanic(view, shop.alex()));

    save();

    _expectInvalid(who, "That overlaps Monday 9:00 AM–12:00 PM");
    assertThat(_get(Dialog.class).isOpened()).isTrue();
    assertThat(count("availability_windows")).isOne();
  }
}

package com.otopair.booking.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.otopair.base.ui.calendar.DatesSetEvent;
import com.otopair.base.ui.calendar.FullCalendar;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.BookingNotices;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.MyBookings;
import com.otopair.booking.VehicleDetails;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

class BookingViewsTest extends KaribuTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired BookingHolds bookings;
  @Autowired MyBookings myBookings;
  @Autowired BookingNotices notices;
  @Autowired UserDetailsService userDetails;

  BookingFixtures fixture;
  String slug;
  LocalDate monday;
  List<String> customers;

  @BeforeEach
  void shop() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    slug = membership.ref(fixture.shop().shopId()).slug();
    monday = TestDays.nextMonday(clock, TORONTO);
    customers = BookingFixtures.customers(users, 2);
  }

  /**
   * The customer books the mechanic at {@code hour}:{@code minute} next Monday from another
   * browser: another thread with its own security context, as the app would see it.
   */
  private BookingSummary bookElsewhere(String email, UUID mechanic, int hour, int minute) {
    return CompletableFuture.supplyAsync(
            () -> {
              SignIn.as(userDetails, email);
              try {
                var held =
                    bookings.hold(
                        fixture.shop().shopId(),
                        fixture.oilChange(),
                        mechanic,
                        monday.atTime(hour, minute).atZone(TORONTO).toInstant());
                return bookings.confirm(
                    held.id(),
                    new BookingDetails(
                        new VehicleDetails(null, 2017, "Mazda", "3", null, ""),
                        "",
                        "+1 514 555 0123"));
              } finally {
                SecurityContextHolder.clearContext();
              }
            })
        .join();
  }

  private BookView openPicker() {
    navigate("book/" + slug + "?service=" + fixture.oilChange());
    BookView view = _get(BookView.class);
    // The month of next Monday, as after paging there.
    view.month.page(YearMonth.from(monday));
    return view;
  }

  /** The day's slot buttons as a screen reader names them. */
  private static List<String> slotButtons(BookView view) {
    return SlotButtons.labels(view.day);
  }

  @Test
  void aVisitorSeesTheFreeDaysAndSlotsAndIsAskedToSignInToHoldOne() {
    BookView view = openPicker();

    // The zone is named as on the job page, in the mails and on the invoice.
    assertThat(_get(view, Paragraph.class, spec -> spec.withClasses("otopair-lead")).getText())
        .endsWith(". Times are in Eastern Time.");
    assertThat(view.month.day(monday).html())
        .isEqualTo(
            "<span class=\"otopair-month-number\">"
                + monday.getDayOfMonth()
                + "</span><span class=\"otopair-month-free\">9 free</span>");
    view.month.pick(monday);
    assertThat(_get(Paragraph.class, spec -> spec.withId("book-day-summary")).getText())
        .isEqualTo("9 free · from $80.00 CAD");
    assertThat(slotButtons(view))
        .startsWith("9:00 AM · $80.00 CAD", "9:15 AM · $80.00 CAD")
        .hasSize(9);
    // Alex's own slots carry his peak price.
    _setValue(
        view.mechanic,
        view.mechanic
            .getListDataView()
            .getItems()
            .filter(m -> m.name().equals("Alex Martin"))
            .findFirst()
            .orElseThrow());
    assertThat(slotButtons(view)).first().isEqualTo("9:00 AM · $120.00 CAD · peak ×1.5");

    SlotButtons.click(view.day, 0);
    assertThat(currentView()).isEqualTo("LoginView");
  }

  @Test
  void aDayTheShopIsClosedSaysSoAndOffersNoWaitlist() {
    signInAs(customers.getFirst());
    BookView view = openPicker();
    view.month.pick(monday.plusDays(6));
    assertThat(view.day.getElement().getTextRecursively())
        .contains("Closed on Sundays. Pick one of the marked days.")
        .doesNotContain("No free slots");
    assertThat(_find(view.day, Button.class)).isEmpty();
    assertThat(view.day.slotButtons()).isEmpty();
  }

  @Test
  void aCustomerHoldsASlotFixesABadVinAndConfirmsTheBooking() {
    signInAs(customers.getFirst());
    BookView picker = openPicker();
    picker.month.pick(monday);
    SlotButtons.click(picker.day, 0);

    HoldView hold = _get(HoldView.class);
    assertThat(_get(H2.class, spec -> spec.withId("hold-heading")).getText())
        .startsWith("Oil change at Schedule Garage");
    _setValue(hold.form.year, 2019);
    _setValue(hold.form.make, "Honda");
    _setValue(hold.form.model, "Civic");
    _setValue(hold.form.vin, "1HGCM82633A004353");
    _setValue(hold.form.phone, "+1 514 555 0123");
    _click(hold.confirm);
    _expectInvalid(
        hold.form.vin, "That VIN’s check digit doesn’t match; check it against your registration");

    _setValue(hold.form.vin, "1HGCM82633A004352");
    _click(hold.confirm);

    assertThat(currentView()).isEqualTo("BookingView");
    assertThat(_get(H2.class, spec -> spec.withId("booking-heading")).getText())
        .isEqualTo("You’re booked");
    assertThat(myBookings.list())
        .filteredOn(b -> b.status() == BookingStatus.CONFIRMED)
        .singleElement()
        .satisfies(b -> assertThat(b.vehicle()).isEqualTo("2019 Honda Civic"));

    navigate("bookings");
    assertThat(
            _get(Div.class, spec -> spec.withId("upcoming-bookings"))
                .getElement()
                .getTextRecursively())
        .contains("Oil change at Schedule Garage");
  }

  @Test
  void aSlotTakenMeanwhileOffersTheNearestFreeOnes() {
    signInAs(customers.getFirst());
    BookView picker = openPicker();
    picker.month.pick(monday);
    var nine = SlotButtons.get(picker.day, 0);

    // Someone else holds 9:00 with both mechanics before this customer clicks.
    for (String other : List.of(customers.get(1))) {
      CompletableFuture.runAsync(
              () -> {
                SignIn.as(userDetails, other);
                try {
                  bookings.hold(
                      fixture.shop().shopId(),
                      fixture.oilChange(),
                      fixture.shop().bea(),
                      monday.atTime(9, 0).atZone(TORONTO).toInstant());
                } finally {
                  SecurityContextHolder.clearContext();
                }
              })
          .join();
    }
    schedules.override(fixture.shop().shopId(), fixture.shop().alex(), monday, null, null, "Off");

    SlotButtons.click(picker.day, nine);

    Div taken = _get(Div.class, spec -> spec.withId("slot-taken"));
    assertThat(taken.getElement().getTextRecursively()).contains("That slot was just taken");
    assertThat(_find(taken, Button.class)).isNotEmpty();
  }

  @Test
  void aCustomerCancelsAndReschedulesFromTheBookingPage() {
    var booked = bookElsewhere(customers.getFirst(), fixture.shop().bea(), 9, 0);
    signInAs(customers.getFirst());

    navigate("bookings/" + booked.id());
    BookingView page = _get(BookingView.class);
    _click(page.reschedule);
    BookView picker = _get(BookView.class);
    picker.month.pick(monday);
    SlotButtons.click(picker.day, 2);
    ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

    assertThat(currentView()).isEqualTo("BookingView");
    var moved =
        myBookings.list().stream()
            .filter(b -> b.status() == BookingStatus.CONFIRMED)
            .findFirst()
            .orElseThrow();
    assertThat(moved.start()).isEqualTo(monday.atTime(9, 30).atZone(TORONTO).toInstant());

    BookingView movedPage = _get(BookingView.class);
    _click(movedPage.cancel);
    _click(_get(Button.class, spec -> spec.withId("confirm-cancel")));
    assertThat(_get(Span.class, spec -> spec.withId("booking-status")).getText())
        .isEqualTo("Cancelled");
  }

  @Test
  void aConfirmedBookingAppearsLiveOnTheShopsSchedule() {
    signInAs(fixture.shop().ownerEmail());
    navigate("schedule");
    var calendar = _get(FullCalendar.class);
    calendar.gotoDate(monday);
    var week = calendar.getVisibleRange();
    ComponentUtil.fireEvent(
        calendar,
        new DatesSetEvent(
            calendar,
            true,
            week.start().toString(),
            week.end().toString(),
            "timeGridWeek",
            week.start().toString()));
    assertThat(calendar.getEvents()).noneMatch(e -> e.id().startsWith("booking:"));

    bookElsewhere(customers.getFirst(), fixture.shop().alex(), 10, 0);
    runPendingPushes();

    assertThat(calendar.getEvents())
        .filteredOn(e -> e.id().startsWith("booking:"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.title()).isEqualTo("Alex Martin · Casey Customer 0 · Oil change");
              assertThat(e.start()).isEqualTo(monday.atTime(10, 0));
            });
  }

  @Test
  void theOwnerCancelsABookingFromTheShopsList() {
    bookElsewhere(customers.getFirst(), fixture.shop().bea(), 11, 0);

    signInAs(fixture.shop().ownerEmail());
    navigate("shop-bookings");
    ShopBookingsView view = _get(ShopBookingsView.class);
    assertThat(GridKt._size(view.grid)).isEqualTo(1);
    assertThat(GridKt._get(view.grid, 0).vehicle()).isEqualTo("2017 Mazda 3");

    var actions = GridKt._getCellComponent(view.grid, 0, "actions");
    _click(_get(actions, Button.class, spec -> spec.withText("Cancel…")));
    _click(_get(Button.class, spec -> spec.withId("shop-cancel-confirm")));
    _expectInvalid(_get(TextArea.class), "Tell the customer why");
    _setValue(_get(TextArea.class), "We're closed that day.");
    _click(_get(Button.class, spec -> spec.withId("shop-cancel-confirm")));

    assertThat(GridKt._size(view.grid)).isZero();
  }

  @Test
  void theShopsListKeepsItsPeriodInTheAddress() {
    signInAs(fixture.shop().ownerEmail());
    navigate("shop-bookings?days=7");
    ShopBookingsView view = _get(ShopBookingsView.class);
    assertThat(view.range.getValue()).isEqualTo(7);

    view.range.setValue(30);
    assertThat(view.filterLocation().getPathWithQueryParameters())
        .isEqualTo("shop-bookings?days=30");

    navigate("shop-bookings?days=abc");
    view = _get(ShopBookingsView.class);
    assertThat(view.range.getValue()).isEqualTo(14);
    assertThat(view.filterLocation().getPathWithQueryParameters()).isEqualTo("shop-bookings");
  }

  @Test
  void theSignedEmailLinkReschedulesAndCancelsWithoutSigningIn() {
    var booked = bookElsewhere(customers.getFirst(), fixture.shop().bea(), 9, 0);
    var path = notices.notice(booked.id()).orElseThrow().managePath();

    navigate(path.replace("token=", "token=forged"));
    assertThat(
            _get(Div.class, spec -> spec.withId("manage-broken")).getElement().getTextRecursively())
        .contains("This link doesn’t work");

    navigate(path);
    ManageBookingView manage = _get(ManageBookingView.class);
    _click(manage.reschedule);
    BookView picker = _get(BookView.class);
    picker.month.pick(monday);
    SlotButtons.click(picker.day, 4);
    ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

    ManageBookingView moved = _get(ManageBookingView.class);
    assertThat(
            _get(Div.class, spec -> spec.withId("booking-card")).getElement().getTextRecursively())
        .contains("10:00 AM");
    _click(moved.cancel);
    _click(_get(Button.class, spec -> spec.withId("manage-confirm-cancel")));
    assertThat(_get(Span.class, spec -> spec.withId("booking-status")).getText())
        .isEqualTo("Cancelled");
  }

  @Test
  void aFullDayOffersTheWaitlist() {
    // A day the shop opens whose time is all gone: both mechanics are away.
    LocalDate full = monday.plusWeeks(1);
    for (UUID mechanic : List.of(fixture.shop().alex(), fixture.shop().bea())) {
      schedules.timeOff(fixture.shop().shopId(), mechanic, full, full, "Training");
    }
    BookView anonymous = openPicker();
    anonymous.month.pick(full);
    _click(_get(Button.class, spec -> spec.withId("join-waitlist")));
    assertThat(currentView()).isEqualTo("LoginView");

    signInAs(customers.getFirst());
    BookView picker = openPicker();
    picker.month.pick(full);
    _click(_get(Button.class, spec -> spec.withId("join-waitlist")));
    assertThat(_find(picker.day, H2.class).getFirst().getText())
        .isEqualTo("You’re on the waitlist");
  }

  @Test
  void someoneElsesBookingIsNotFound() {
    signInAs(customers.getFirst());
    var held =
        bookings.hold(
            fixture.shop().shopId(),
            fixture.oilChange(),
            fixture.shop().bea(),
            monday.atTime(10, 0).atZone(TORONTO).toInstant());
    signInAs(customers.get(1));
    navigate("bookings/" + held.id());
    assertThat(currentView()).isEqualTo("NotFoundView");
  }

  @Test
  void anEmptyListOfBookingsLeadsToFind() {
    signInAs(customers.getFirst());
    navigate("bookings");
    assertThat(_get(Anchor.class, spec -> spec.withText("Find a shop")).getHref())
        .isEqualTo("find");
  }
}

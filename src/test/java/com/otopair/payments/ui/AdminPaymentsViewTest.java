package com.otopair.payments.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.JobBoard;
import com.otopair.jobs.JobWorkflow;
import com.otopair.payments.AdminPayments;
import com.otopair.payments.PaymentStatus;
import com.otopair.payments.PaymentView;
import com.otopair.payments.ShopPayments;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class AdminPaymentsViewTest extends KaribuTest {

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired JobWorkflow workflow;
  @Autowired JobBoard jobs;
  @Autowired BookingHolds bookings;
  @Autowired ShopPayments shopPayments;
  @Autowired AdminPayments adminPayments;

  BookingFixtures fixture;
  PaymentFixtures money;
  String customer;

  @BeforeEach
  void shopWithACustomer() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    money =
        new PaymentFixtures(fixture, bookings, jobs, workflow, shopPayments, userDetails, clock);
    customer = BookingFixtures.customers(users, 1).getFirst();
  }

  private AdminPaymentsView openAsAdmin(String location) {
    signInAs(DemoAccounts.ADMIN.email());
    navigate(location);
    return _get(AdminPaymentsView.class);
  }

  /** A payment the customer paid at the counter: $80.00 CAD captured. */
  private PaymentView paid(String who, UUID mechanic) {
    PaymentView due = money.due(who, mechanic, LocalTime.of(10, 0));
    SignIn.as(userDetails, fixture.shop().ownerEmail());
    return shopPayments.markPaid(due.id());
  }

  private static String text(String id) {
    return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
  }

  @Test
  void adminsSeeEveryShopsPaymentsAndFilterThemByStatusInTheAddress() {
    PaymentView due = money.due(customer, LocalTime.of(10, 0));
    PaymentView paid = paid(BookingFixtures.customers(users, 1).getFirst(), fixture.shop().alex());
    AdminPaymentsView view = openAsAdmin("admin/payments");
    assertThat(view.status.getValue()).isNull();
    assertThat(GridKt._findAll(view.grid))
        .extracting(PaymentView::id)
        .contains(due.id(), paid.id());

    view.status.setValue(PaymentStatus.CAPTURED);
    assertThat(GridKt._findAll(view.grid))
        .extracting(PaymentView::id)
        .contains(paid.id())
        .doesNotContain(due.id());
    assertThat(GridKt._findAll(view.grid))
        .extracting(PaymentView::status)
        .containsOnly(PaymentStatus.CAPTURED);
    assertThat(view.filterLocation().getPathWithQueryParameters())
        .isEqualTo("admin/payments?status=CAPTURED");

    // A shared link opens on the same filter.
    navigate("home");
    view = openAsAdmin("admin/payments?status=DUE");
    assertThat(view.status.getValue()).isEqualTo(PaymentStatus.DUE);
    assertThat(GridKt._findAll(view.grid))
        .extracting(PaymentView::id)
        .contains(due.id())
        .doesNotContain(paid.id());
    assertThat(GridKt._findAll(view.grid))
        .filteredOn(p -> p.id().equals(due.id()))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.shopName()).isNotBlank();
              assertThat(p.customerName()).isEqualTo("Casey Customer 0");
              assertThat(p.invoiceNumber()).isNotBlank();
            });
  }

  @Test
  void aRefundNeedsAReasonAndAnAmountUpToWhatWasPaidAndShowsWhenItIsDone() {
    PaymentView paid = paid(customer, fixture.shop().bea());
    AdminPaymentsView view = openAsAdmin("admin/payments?status=CAPTURED");
    view.open(paid);
    assertThat(_get(Paragraph.class, spec -> spec.withId("payment-headline")).getText())
        .isEqualTo("$80.00 CAD paid");
    // Paid work: the booking is no longer cancelled from here.
    assertThat(_find(Button.class, spec -> spec.withId("force-cancel"))).isEmpty();

    _click(_get(Button.class, spec -> spec.withId("refund")));
    BigDecimalField amount = _get(BigDecimalField.class);
    TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Reason"));
    assertThat(amount.getValue()).isEqualByComparingTo("80.00");

    _click(_get(Button.class, spec -> spec.withId("confirm-refund")));
    _expectInvalid(reason, "Say why the money goes back");

    _setValue(reason, "The wrong filter was fitted");
    _setValue(amount, new BigDecimal("100"));
    _click(_get(Button.class, spec -> spec.withId("confirm-refund")));
    _expectInvalid(amount, "Refund at most $80.00 CAD");
    assertThat(adminPayments.payment(paid.id()).refunds()).isEmpty();

    _setValue(amount, new BigDecimal("30"));
    _click(_get(Button.class, spec -> spec.withId("confirm-refund")));
    expectNotifications("Refund of $30.00 CAD requested");
    assertThat(_find(Dialog.class)).isEmpty();

    Awaitility.await()
        .pollInSameThread()
        .atMost(Duration.ofSeconds(15))
        .until(
            () -> adminPayments.payment(paid.id()).refunds(),
            refunds -> refunds.size() == 1 && refunds.getFirst().done());
    view.open(paid);
    assertThat(_get(Paragraph.class, spec -> spec.withId("payment-headline")).getText())
        .isEqualTo("$80.00 CAD paid, $30.00 CAD refunded");
    assertThat(text("payment-refunds")).contains("$30.00 CAD · Done · The wrong filter was fitted");
    // $50.00 may still go back.
    _click(_get(Button.class, spec -> spec.withId("refund")));
    assertThat(_get(BigDecimalField.class).getValue()).isEqualByComparingTo("50.00");
  }

  @Test
  void forceCancellingTheBookingOfADuePaymentNeedsAReasonAndReleasesThePayment() {
    PaymentView due = money.due(customer, LocalTime.of(10, 0));
    AdminPaymentsView view = openAsAdmin("admin/payments?status=DUE");
    view.open(due);
    assertThat(_get(Paragraph.class, spec -> spec.withId("payment-headline")).getText())
        .isEqualTo("$80.00 CAD to pay at the shop");
    // Nothing was paid yet, so there is nothing to refund.
    assertThat(_find(Button.class, spec -> spec.withId("refund"))).isEmpty();

    _click(_get(Button.class, spec -> spec.withId("force-cancel")));
    TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Reason"));
    _click(_get(Button.class, spec -> spec.withId("confirm-force-cancel")));
    _expectInvalid(reason, "Say why the booking is cancelled");

    _setValue(reason, "The shop closed for good");
    _click(_get(Button.class, spec -> spec.withId("confirm-force-cancel")));
    expectNotifications("Booking cancelled; whatever was paid or held goes back");

    PaymentView released =
        Awaitility.await()
            .pollInSameThread()
            .atMost(Duration.ofSeconds(15))
            .until(
                () -> adminPayments.payment(due.id()), p -> p.status() == PaymentStatus.CANCELLED);
    view.status.setValue(PaymentStatus.CANCELLED);
    assertThat(GridKt._findAll(view.grid)).extracting(PaymentView::id).contains(released.id());
    view.open(released);
    assertThat(_find(Button.class, spec -> spec.withId("force-cancel"))).isEmpty();
    assertThat(_find(Button.class, spec -> spec.withId("refund"))).isEmpty();
  }
}

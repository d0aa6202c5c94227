package com.otopair.payments.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.JobBoard;
import com.otopair.jobs.JobWorkflow;
import com.otopair.payments.PaymentMode;
import com.otopair.payments.PaymentSetup;
import com.otopair.payments.PaymentStatus;
import com.otopair.payments.PaymentView;
import com.otopair.payments.ShopPaymentSetup;
import com.otopair.payments.ShopPayments;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

class ShopPaymentsViewTest extends KaribuTest {

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired JobWorkflow workflow;
  @Autowired JobBoard jobs;
  @Autowired BookingHolds bookings;
  @Autowired ShopPaymentSetup shopSetup;
  @Autowired ShopPayments shopPayments;

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

  private ShopPaymentsView openAsOwner() {
    signInAs(fixture.shop().ownerEmail());
    navigate("shop/payments");
    return _get(ShopPaymentsView.class);
  }

  /** Each payment mode as the owner reads it, and whether they can pick it. */
  private static Map<String, Boolean> modesAndWhetherEnabled(ShopPaymentsView view) {
    return view.form
        .mode
        .getChildren()
        .collect(
            Collectors.toMap(
                option -> option.getElement().getTextRecursively(),
                option -> !option.getElement().getProperty("disabled", false)));
  }

  private static Component cell(ShopPaymentsView view, int row, String column) {
    return GridKt._getCellComponent(view.grid, row, column);
  }

  @Test
  void withoutStripeOnlyPayingAtTheShopCanBeChosenAndTheOwnerIsToldWhy() {
    ShopPaymentsView view = openAsOwner();

    assertThat(view.form.offlineNote.isVisible()).isTrue();
    assertThat(view.form.offlineNote.getText())
        .isEqualTo("Online payment isn’t set up on this Otopair, so customers pay at the shop.");
    assertThat(view.form.mode.getValue()).isEqualTo(PaymentMode.OFF);
    assertThat(modesAndWhetherEnabled(view))
        .containsEntry(PaymentMode.OFF.label() + PaymentMode.OFF.explanation(), true)
        .containsEntry(PaymentMode.OPTIONAL.label() + PaymentMode.OPTIONAL.explanation(), false)
        .containsEntry(PaymentMode.REQUIRED.label() + PaymentMode.REQUIRED.explanation(), false);
    // Nothing to connect: the payouts card says why instead of offering Stripe.
    assertThat(view.connect.isVisible()).isFalse();
    assertThat(view.payoutsNote.getText()).isEqualTo(view.form.offlineNote.getText());
    assertThat(view.account.getText()).isEqualTo("Not connected");
    assertThat(GridKt._size(view.payouts)).isZero();

    // Even if an online mode reached the server, it is refused next to the choice.
    view.form.mode.setValue(PaymentMode.REQUIRED);
    _click(view.form.save);
    _expectInvalid(
        view.form.mode, "Online payments aren’t set up on this Otopair; customers pay at the shop");
    assertThat(shopSetup.setup(fixture.shop().shopId()).mode()).isEqualTo(PaymentMode.OFF);
  }

  @Test
  void everyBadChoiceIsMarkedAtOnceAndNothingIsSaved() {
    ShopPaymentsView view = openAsOwner();

    _setValue(view.form.mode, PaymentMode.REQUIRED);
    view.form.lateRefund.clear();
    _click(view.form.save);

    _expectInvalid(
        view.form.mode, "Online payments aren’t set up on this Otopair; customers pay at the shop");
    _expectInvalid(view.form.lateRefund, "Pick a share from 0% to 100%");
    PaymentSetup saved = shopSetup.setup(fixture.shop().shopId());
    assertThat(saved.mode()).isEqualTo(PaymentMode.OFF);
    assertThat(saved.lateRefundPercent()).isEqualTo(50);

    // Fixing both saves both.
    _setValue(view.form.mode, PaymentMode.OFF);
    _setValue(view.form.lateRefund, 75);
    _click(view.form.save);
    expectNotifications("Saved: pay at the shop");
    assertThat(view.form.mode.isInvalid()).isFalse();
    assertThat(view.form.lateRefund.isInvalid()).isFalse();
    assertThat(shopSetup.setup(fixture.shop().shopId()).lateRefundPercent()).isEqualTo(75);
  }

  @Test
  void theRefundForLateCancellationsIsSaved() {
    ShopPaymentsView view = openAsOwner();
    assertThat(view.form.lateRefund.getValue()).isEqualTo(50);

    _setValue(view.form.lateRefund, 25);
    _click(view.form.save);
    expectNotifications("Saved: pay at the shop");
    assertThat(shopSetup.setup(fixture.shop().shopId()).lateRefundPercent()).isEqualTo(25);

    navigate("home");
    assertThat(openAsOwner().form.lateRefund.getValue()).isEqualTo(25);
  }

  @Test
  void aCompletedJobIsDueAtTheShopWithItsInvoiceUntilTheOwnerMarksItPaid() {
    PaymentView due = money.due(customer, LocalTime.of(10, 0));
    assertThat(due.invoiceNumber()).isNotBlank();

    ShopPaymentsView view = openAsOwner();
    assertThat(GridKt._size(view.grid)).isEqualTo(1);
    assertThat(GridKt._getFormatted(view.grid, 0, "customer")).isEqualTo("Casey Customer 0");
    assertThat(GridKt._getFormatted(view.grid, 0, "amount")).isEqualTo("$80.00 CAD");
    assertThat(cell(view, 0, "status").getElement().getTextRecursively())
        .isEqualTo("Due at the shop");
    Anchor invoice = _get(cell(view, 0, "invoice"), Anchor.class);
    assertThat(invoice.getText()).isEqualTo(due.invoiceNumber());
    assertThat(invoice.getHref()).isEqualTo("invoices/" + due.id() + "?lang=en");
    assertThat(invoice.getElement().hasAttribute("router-ignore")).isTrue();
    assertThat(invoice.getElement().hasAttribute("download")).isTrue();

    _click((Button) cell(view, 0, "actions"));
    ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
    expectNotifications("Paid; the receipt is on its way to Casey Customer 0");

    assertThat(cell(view, 0, "status").getElement().getTextRecursively()).isEqualTo("Paid");
    assertThat(GridKt._getFormatted(view.grid, 0, "paid")).isEqualTo("$80.00 CAD");
    assertThat(cell(view, 0, "actions")).isNotInstanceOf(Button.class);
    assertThat(shopPayments.list(fixture.shop().shopId(), PageRequest.of(0, 10)))
        .singleElement()
        .extracting(PaymentView::status)
        .isEqualTo(PaymentStatus.CAPTURED);

    // Another shop's owner sees none of it.
    BookingFixtures other = BookingFixtures.create(users, shops, membership, schedules);
    signInAs(other.shop().ownerEmail());
    navigate("home");
    navigate("shop/payments");
    ShopPaymentsView theirs = _get(ShopPaymentsView.class);
    assertThat(GridKt._size(theirs.grid)).isZero();
    assertThat(theirs.grid.getEmptyStateText())
        .isEqualTo("No payments yet: they appear when jobs are completed.");
  }

  @Test
  void customersAndMechanicsCannotOpenShopPayments() {
    for (String email : List.of(customer, fixture.shop().alexEmail())) {
      signInAs(email);
      navigate("shop/payments");
      assertThat(currentView()).as(email).isIn("AccessDeniedView", "NotFoundView");
    }
  }
}

package com.otopair.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.ConflictException;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.NotFoundException;
import com.otopair.booking.BookingCheckout;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.VehicleDetails;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.JobEstimate;
import com.otopair.jobs.JobIntake;
import com.otopair.jobs.JobOrigin;
import com.otopair.jobs.JobStatus;
import com.otopair.jobs.JobWorkflow;
import com.otopair.jobs.LineDraft;
import com.otopair.jobs.LineKind;
import com.otopair.jobs.NewJob;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import com.otopair.support.TestMail;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Paying at the shop, end to end, without Stripe: a completed job owes its approved total on a
 * numbered invoice, the shop marks it paid, the customer gets the receipt by email, and an admin
 * can refund part of it.
 */
class OfflinePaymentsTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired ShopPaymentSetup shopSetup;
  @Autowired BookingHolds bookings;
  @Autowired ShopPayments shopPayments;
  @Autowired CustomerPayments mine;
  @Autowired AdminPayments adminPayments;
  @Autowired UserProvisioning users;
  @Autowired JobEstimate estimates;
  @Autowired JobWorkflow workflow;
  @Autowired JobIntake intake;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;

  BookingFixtures fixture;
  UUID shopId;
  String owner;
  String customer;

  @BeforeEach
  void shop() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    shopId = fixture.shop().shopId();
    owner = fixture.shop().ownerEmail();
    customer = BookingFixtures.customers(users, 1).getFirst();
  }

  private void as(String email) {
    SignIn.as(userDetails, email);
  }

  /** A walk-in job with approved lines (brake pads $80.00 and 1.5 h labour at $100.00), done. */
  private UUID completedWalkIn() {
    as(owner);
    UUID jobId =
        intake
            .open(
                shopId,
                new NewJob(
                    JobOrigin.WALK_IN,
                    "Casey Customer",
                    customer,
                    null,
                    "2016 Honda Civic",
                    "Brake noise",
                    "Squeals when stopping"))
            .id();
    workflow.move(jobId, JobStatus.ACCEPTED, "");
    workflow.move(jobId, JobStatus.IN_PROGRESS, "");
    var pads =
        estimates.addLine(jobId, new LineDraft(LineKind.PART, "Brake pads", BigDecimal.ONE, 8000));
    var labour =
        estimates.addLine(
            jobId,
            new LineDraft(LineKind.LABOUR, "Replace front pads", new BigDecimal("1.5"), 10000));
    as(customer);
    for (var line : labour.lines()) {
      estimates.decide(jobId, line.id(), true);
    }
    as(owner);
    workflow.move(jobId, JobStatus.COMPLETED, "Ready");
    assertThat(pads.lines()).isNotEmpty();
    return jobId;
  }

  private PaymentView awaitPaymentOfShop(int count) {
    as(owner);
    return Awaitility.await()
        .pollInSameThread()
        .atMost(Duration.ofSeconds(20))
        .until(() -> shopPayments.list(shopId, PageRequest.of(0, 50)), list -> list.size() >= count)
        .getFirst();
  }

  @Test
  void aCompletedJobOwesItsApprovedTotalOnANumberedInvoiceThatBecomesAReceiptWhenPaid()
      throws Exception {
    completedWalkIn();
    PaymentView due = awaitPaymentOfShop(1);

    assertThat(due.status()).isEqualTo(PaymentStatus.DUE);
    assertThat(due.online()).isFalse();
    // $80.00 + 1.5 × $100.00 = $230.00 before the shop's sales tax.
    assertThat(due.amount().minor()).isGreaterThanOrEqualTo(23000);
    assertThat(due.invoiceNumber()).matches("[A-Z0-9]{1,3}-0001");
    assertThat(due.headline()).isEqualTo(due.amount().format() + " to pay at the shop");

    String invoice = text(mine.invoice(due.id(), I18n.ENGLISH).content());
    assertThat(invoice)
        .contains("Invoice")
        .contains(due.invoiceNumber())
        .contains("Brake pads")
        .contains("Replace front pads")
        .contains("2016 Honda Civic")
        .contains("Pay at the shop")
        .contains(due.amount().format());

    PaymentView paid = shopPayments.markPaid(due.id());
    assertThat(paid.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(paid.paid()).isEqualTo(due.amount());
    assertThatThrownBy(() -> shopPayments.markPaid(due.id())).isInstanceOf(ConflictException.class);

    MimeMessage receipt = TestMail.awaitSubject(customer, "Your receipt from");
    assertThat(TestMail.text(receipt))
        .contains("received " + due.amount().format() + " at the shop")
        .contains("receipt " + due.invoiceNumber());
    String pdf = text(attachment(receipt, "receipt-" + due.invoiceNumber() + ".pdf"));
    assertThat(pdf).contains("Receipt").contains("Paid at the shop").contains("Brake pads");
  }

  @Test
  void invoiceNumbersRunWithoutGapsPerShop() {
    completedWalkIn();
    awaitPaymentOfShop(1);
    completedWalkIn();
    awaitPaymentOfShop(2);
    as(owner);
    List<String> numbers =
        shopPayments.list(shopId, PageRequest.of(0, 10)).stream()
            .map(PaymentView::invoiceNumber)
            .toList();
    assertThat(numbers).hasSize(2);
    assertThat(numbers.get(0)).endsWith("-0002");
    assertThat(numbers.get(1)).endsWith("-0001");
  }

  @Test
  void onlyTheCustomerTheShopAndAdminsGetTheInvoice() {
    completedWalkIn();
    PaymentView due = awaitPaymentOfShop(1);
    as(customer);
    assertThat(mine.invoice(due.id(), I18n.ENGLISH).filename())
        .isEqualTo("invoice-" + due.invoiceNumber() + ".pdf");
    as(DemoAccounts.CUSTOMER.email());
    assertThatThrownBy(() -> mine.invoice(due.id(), I18n.ENGLISH))
        .isInstanceOf(NotFoundException.class);
    as("admin@otopair.test");
    assertThat(mine.invoice(due.id(), I18n.ENGLISH).content()).isNotEmpty();
    as(DemoAccounts.CUSTOMER.email());
    assertThatThrownBy(() -> shopPayments.markPaid(due.id()))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void anAdminRefundsPartOfAPaymentWithAReasonAndTheCustomerIsTold() {
    completedWalkIn();
    PaymentView due = awaitPaymentOfShop(1);
    shopPayments.markPaid(due.id());
    as("admin@otopair.test");
    Money ten = new Money(1000, due.amount().currency());

    assertThatThrownBy(() -> adminPayments.refund(due.id(), ten, " "))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("Say why");
    assertThatThrownBy(
            () ->
                adminPayments.refund(
                    due.id(), new Money(due.amount().minor() + 1, ten.currency()), "Too much"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("Refund at most " + due.amount().format());

    adminPayments.refund(due.id(), ten, "Wiper blades were on the house");
    PaymentView refunded =
        Awaitility.await()
            .pollInSameThread()
            .atMost(Duration.ofSeconds(20))
            .until(
                () -> adminPayments.payment(due.id()),
                p -> p.refunds().size() == 1 && p.refunds().getFirst().done());
    assertThat(refunded.refunded()).isEqualTo(ten);
    assertThat(refunded.refundable().minor()).isEqualTo(due.amount().minor() - 1000);
    assertThat(refunded.headline()).contains(ten.format() + " refunded");
    MimeMessage mail = TestMail.awaitSubject(customer, "refunded");
    assertThat(TestMail.text(mail)).contains("Why: Wiper blades were on the house");
  }

  @Test
  void withoutStripeEveryShopTakesPaymentAtTheShop() {
    as(owner);
    PaymentSetup setup = shopSetup.setup(shopId);
    assertThat(setup.onlineAvailable()).isFalse();
    assertThat(setup.mode()).isEqualTo(PaymentMode.OFF);
    assertThatThrownBy(() -> shopSetup.change(shopId, PaymentMode.REQUIRED, 50))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("aren’t set up");
    assertThat(shopSetup.change(shopId, PaymentMode.OFF, 25).lateRefundPercent()).isEqualTo(25);
    assertThat(bookings.paymentOption(shopId)).isEqualTo(BookingCheckout.Option.AT_SHOP);

    as(customer);
    LocalDate monday = TestDays.nextMonday(clock, TORONTO);
    var held =
        bookings.hold(
            shopId,
            fixture.oilChange(),
            fixture.shop().alex(),
            monday.atTime(9, 0).atZone(TORONTO).toInstant());
    assertThatThrownBy(() -> bookings.payAndConfirm(held.id(), details()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("at the shop");
    assertThat(bookings.confirm(held.id(), details()).status().name()).isEqualTo("CONFIRMED");
    assertThat(mine.forMyBooking(held.id())).isEmpty();
  }

  static BookingDetails details() {
    return new BookingDetails(
        new VehicleDetails(null, 2019, "Toyota", "Corolla", "1HGCM82633A004352", "abc 123"),
        "Grinding noise when braking",
        "+1 514 555 0123");
  }

  static String text(byte[] pdf) throws Exception {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  static byte[] attachment(MimeMessage mail, String filename) throws Exception {
    Multipart parts = (Multipart) mail.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      Part part = parts.getBodyPart(i);
      if (filename.equals(part.getFileName())) {
        return part.getInputStream().readAllBytes();
      }
    }
    throw new AssertionError("No attachment " + filename);
  }
}

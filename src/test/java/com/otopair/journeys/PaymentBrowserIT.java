package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Roles;
import com.otopair.booking.Quotes;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.JobStatus;
import com.otopair.jobs.JobWorkflow;
import com.otopair.scheduling.Slot;
import com.otopair.support.SignIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Paying online in Chromium against the Stripe stub: the owner connects Stripe and asks for a card
 * when booking; a customer books, pays on the (stub) Stripe page and lands on a confirmed booking;
 * the shop completes the job; the customer's card is charged and the receipt arrives.
 */
class PaymentBrowserIT extends BrowserJourney {

  static final String OWNER = "jessica.ramirez@eastside-auto.test";
  static final String SHOP = "eastside-auto";

  @Autowired UserProvisioning users;
  @Autowired UserDetailsService userDetails;
  @Autowired Quotes quotes;
  @Autowired JobWorkflow workflow;
  @Autowired JdbcTemplate jdbc;

  private static HttpResponse<byte[]> get(String url, String session) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (session != null) {
      request.header("Cookie", "JSESSIONID=" + session);
    }
    try (var client = HttpClient.newHttpClient()) {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
  }

  @Test
  void theOwnerConnectsStripeACustomerPaysOnlineAndGetsTheReceiptWhenTheWorkIsDone()
      throws Exception {
    signIn(OWNER, DemoAccounts.PASSWORD);
    browser.open("shop/payments");
    browser.waitForText("How customers pay");
    browser.screenshot("payments-owner-before");
    browser.find(By.id("connect-stripe")).click();
    // Stripe's (stub) onboarding page, then back on the shop's payments page.
    browser.find(By.id("stub-onboard")).click();
    browser.waitForText("Payouts enabled");
    browser
        .find(By.xpath("//vaadin-radio-button[.//span[normalize-space(.)='Online when booking']]"))
        .click();
    browser.find(By.id("save-payment-setup")).click();
    browser.waitForVaadin();
    browser.screenshot("payments-owner-connected");

    String customer = "pay-journey-" + System.nanoTime() + "@example.test";
    users.createVerifiedUser(customer, "Parker Pays", Roles.CUSTOMER, DemoAccounts.PASSWORD);
    var menu = quotes.menu(SHOP);
    UUID service = menu.services().getFirst().id();
    Slot slot = quotes.slots(SHOP, service, null, null, null).slots().getLast();

    browser.driver.manage().deleteAllCookies();
    signIn(customer, DemoAccounts.PASSWORD);
    browser.open(
        "book/"
            + SHOP
            + "/hold?service="
            + service
            + "&start="
            + slot.start()
            + "&mechanic="
            + slot.mechanicId());
    browser.waitForText("Held for you for");
    browser
        .find(By.xpath("//*[label[normalize-space(.)=\"What’s going on?\"]]/textarea"))
        .sendKeys("A/C blows warm air.");
    browser.type("Phone for the shop", "+1 512 555 0199");
    browser.type("Year", "2020");
    browser.type("Make", "Ford");
    browser.type("Model", "F-150");
    assertThat(browser.find(By.id("hold-payment")).getText()).contains("secure Stripe page");
    browser.screenshot("payments-hold");
    browser.find(By.id("pay-booking")).click();

    // Stripe's (stub) payment page: pay, and come back to the booking.
    browser.waitForText("Test checkout");
    browser.screenshot("payments-stripe-page");
    browser.find(By.id("stub-pay")).click();
    browser.waitForText("Payment");
    browser.waitForText("held on Visa •••• 4242");
    browser.screenshot("payments-booking-paid");
    String url = browser.driver.getCurrentUrl();
    UUID bookingId =
        UUID.fromString(url.substring(url.indexOf("/bookings/") + 10, url.indexOf('?')));
    assertThat(
            jdbc.queryForObject(
                "select status from bookings where id = ?", String.class, bookingId))
        .isEqualTo("CONFIRMED");

    // The shop does the work.
    UUID jobId =
        Awaitility.await()
            .atMost(Duration.ofSeconds(15))
            .until(
                () ->
                    jdbc
                        .queryForList(
                            "select id from jobs where booking_id = ?", UUID.class, bookingId)
                        .stream()
                        .findFirst(),
                Optional::isPresent)
            .orElseThrow();
    SignIn.as(userDetails, OWNER);
    try {
      for (JobStatus step :
          new JobStatus[] {JobStatus.ACCEPTED, JobStatus.IN_PROGRESS, JobStatus.COMPLETED}) {
        workflow.move(jobId, step, "");
      }
    } finally {
      SecurityContextHolder.clearContext();
    }

    browser.open("bookings/" + bookingId);
    browser.waitForText("Your car is ready.");
    browser.waitForText(" paid on Visa •••• 4242");
    assertThat(browser.find(By.id("payment-invoice")).getText()).startsWith("Receipt ");
    browser.screenshot("payments-booking-receipt");

    // The receipt's link serves the PDF to the customer's session, and to no one else.
    String href = browser.find(By.id("payment-invoice")).getAttribute("href");
    String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
    var mine = get(href, session);
    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(mine.headers().firstValue("Content-Type")).hasValue("application/pdf");
    try (var pdf = Loader.loadPDF(mine.body())) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("Receipt")
          .contains("Eastside Auto Repair")
          .contains("Parker Pays")
          .contains("2020 Ford F-150")
          .contains("Visa •••• 4242");
    }
    assertThat(get(href, null).statusCode()).isNotEqualTo(200);

    // The inbox has the milestones too, each linking back to the booking.
    browser.open("notifications");
    browser.waitForText("Receipt from Eastside Auto Repair");
    browser.waitForText("Your car is ready");
    browser.screenshot("notifications-customer");
    browser.driver.manage().window().setSize(new Dimension(375, 800));
    browser.open("notifications");
    browser.waitForText("Receipt from Eastside Auto Repair");
    browser.screenshot("notifications-customer-375");
    browser.open("bookings/" + bookingId);
    browser.waitForText(" paid on Visa •••• 4242");
    browser.screenshot("payments-booking-receipt-375");
    browser.driver.manage().window().setSize(new Dimension(1280, 900));

    browser.driver.manage().deleteAllCookies();
    signIn("admin@otopair.test", DemoAccounts.PASSWORD);
    browser.open("dev/mailbox");
    browser.waitForText("Your receipt from Eastside Auto Repair");
    browser.open("admin/payments");
    browser.waitForText("Parker Pays");
    browser.screenshot("payments-admin");
  }
}

package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Roles;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.Quotes;
import com.otopair.booking.VehicleDetails;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.Slot;
import com.otopair.support.SignIn;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A booking becomes a job on the shop's board; the mechanic accepts, starts and completes it in
 * Chromium; the customer's booking page then says the car is ready.
 */
class JobBrowserIT extends BrowserJourney {

  static final String MECHANIC = "luc.bergeron@garage-plateau.test";

  @Autowired UserProvisioning users;
  @Autowired UserDetailsService userDetails;
  @Autowired BookingHolds bookings;
  @Autowired Quotes quotes;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aBookingBecomesAJobTheMechanicCompletesAndTheCustomerSeesIt() {
    String customer = "job-journey-" + System.nanoTime() + "@example.test";
    users.createVerifiedUser(customer, "Jamie Jobs", Roles.CUSTOMER, DemoAccounts.PASSWORD);
    UUID luc = users.findByEmail(MECHANIC).orElseThrow();
    var menu = quotes.menu("garage-du-plateau");
    UUID service = menu.services().getFirst().id();
    Slot slot = quotes.slots("garage-du-plateau", service, luc, null, null).slots().getLast();
    SignIn.as(userDetails, customer);
    UUID bookingId;
    try {
      var held = bookings.hold(menu.shop().id(), service, luc, slot.start());
      bookingId = held.id();
      bookings.confirm(
          bookingId,
          new BookingDetails(
              new VehicleDetails(null, 2017, "Subaru", "Outback", null, "JRN 123"),
              "Grinding noise from the front left wheel",
              "+1 514 555 0166"));
    } finally {
      SecurityContextHolder.clearContext();
    }
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                jdbc.queryForObject(
                    "select count(*) from jobs where booking_id = ?", Integer.class, bookingId),
            n -> n == 1);
    UUID jobId =
        jdbc.queryForObject("select id from jobs where booking_id = ?", UUID.class, bookingId);

    signIn(MECHANIC, DemoAccounts.PASSWORD);
    browser.open("jobs");
    browser.waitForText("Jamie Jobs");
    browser.screenshot("job-board");
    assertThat(columnsOutOfView()).as("columns cut off at 1280 px").isZero();
    assertThat(pageScrollsSideways()).as("board scrolls sideways at 1280 px").isFalse();
    browser.driver.manage().window().setSize(new Dimension(375, 800));
    browser.open("jobs");
    browser.waitForText("Jamie Jobs");
    browser.screenshot("job-board-375");
    assertThat(columnsOutOfView()).as("columns cut off at 375 px").isZero();
    assertThat(pageScrollsSideways()).as("board scrolls sideways at 375 px").isFalse();
    browser.driver.manage().window().setSize(new Dimension(1280, 900));

    browser.find(By.cssSelector("#job-" + jobId + " .otopair-job-card-body")).click();
    browser.waitForText("Grinding noise from the front left wheel");
    for (String step : new String[] {"Accept", "Start work", "Complete"}) {
      browser.clickButton(step);
      browser.find(By.id("confirm-move")).click();
      browser.waitForVaadin();
    }
    browser.waitForText("In progress → Completed · Luc Bergeron");
    browser.screenshot("job-page");

    browser.driver.manage().deleteAllCookies();
    signIn(customer, DemoAccounts.PASSWORD);
    browser.open("bookings/" + bookingId);
    browser.waitForText("Work on your car");
    browser.waitForText("Your car is ready.");
    assertThat(browser.find(By.id("customer-job")).getText()).contains("Completed");
    browser.screenshot("booking-job-completed");
  }

  /** How many of the board's seven status columns reach past the right edge of the window. */
  private long columnsOutOfView() {
    return (Long)
        ((JavascriptExecutor) browser.driver)
            .executeScript(
                "return [...document.querySelectorAll('.otopair-job-column')]"
                    + ".filter(c => c.getBoundingClientRect().right > window.innerWidth + 1).length"
                    + " + (7 - document.querySelectorAll('.otopair-job-column').length)");
  }

  private boolean pageScrollsSideways() {
    return (Boolean)
        ((JavascriptExecutor) browser.driver)
            .executeScript(
                "const board = document.getElementById('job-board');"
                    + " return document.documentElement.scrollWidth"
                    + " > document.documentElement.clientWidth"
                    + " || board.scrollWidth > board.clientWidth + 1");
  }
}

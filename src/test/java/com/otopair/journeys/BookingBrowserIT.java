package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Roles;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A visitor searches, books from the shop's page (a free day, a slot, sign in, back on the held
 * slot, confirm with the saved vehicle), finds the confirmation in the mailbox, and moves the
 * booking from the email's signed link without signing in.
 */
class BookingBrowserIT extends BrowserJourney {

  @Autowired UserProvisioning users;

  @Test
  void aVisitorSearchesBooksGetsTheEmailAndReschedulesFromItsLink() throws Exception {
    // A customer of its own: other journeys suspend the demo customer.
    String email = "journey-" + System.nanoTime() + "@example.test";
    users.createVerifiedUser(email, "Jordan Journey", Roles.CUSTOMER, DemoAccounts.PASSWORD);

    browser.open("find?where=Montreal&km=25&service=OIL");
    browser.waitForFindResult("Garage du Plateau");
    browser.screenshot("find-results");
    browser.find(By.linkText("Garage du Plateau")).click();
    browser.waitForVaadin();
    browser
        .find(
            By.xpath(
                "//div[contains(concat(' ', @class, ' '), ' otopair-service-card ')]"
                    + "[.//h3[normalize-space(.)='Synthetic oil change']]"
                    + "//a[normalize-space(.)='Book']"))
        .click();
    browser.waitForVaadin();
    browser.waitForText("Synthetic oil change");
    browser.find(By.cssSelector(".otopair-free-day"));
    browser.screenshot("book-picker");

    ((JavascriptExecutor) browser.driver)
        .executeScript("document.querySelector('.otopair-free-day').click()");
    browser.waitForVaadin();
    browser.find(By.cssSelector("#book-day .otopair-slot-button")).click();
    browser.waitForVaadin();

    // Booking needs an account: sign in, and come back to the same slot.
    browser.type("Email", email);
    browser.type("Password", DemoAccounts.PASSWORD);
    browser.clickButton("Log in");
    browser.waitForText("Held for you for");
    String heading = browser.find(By.id("hold-heading")).getText();
    assertThat(heading).isEqualTo("Synthetic oil change at Garage du Plateau");
    browser
        .find(By.xpath("//*[label[normalize-space(.)=\"What’s going on?\"]]/textarea"))
        .sendKeys("Oil change and a look at the wipers.");
    browser.type("Phone for the shop", "+1 514 555 0188");
    browser.type("Year", "2018");
    browser.type("Make", "Subaru");
    browser.type("Model", "Outback");
    browser.screenshot("book-hold");
    browser.clickButton("Confirm booking");
    browser.waitForText("You’re booked");
    browser.screenshot("book-confirmed");

    browser.open("dev/mailbox");
    browser.waitForText("Booked: Synthetic oil change at Garage du Plateau");
    browser
        .find(
            By.xpath(
                "//vaadin-grid-cell-content[starts-with(normalize-space(.),"
                    + " 'Booked: Synthetic oil change at Garage du Plateau')]"))
        .click();
    String manage = browser.find(By.id("mailbox-link-0")).getAttribute("href");
    assertThat(manage).contains("/manage/").contains("?token=");

    browser.open("bookings");
    browser.waitForText("Upcoming");
    browser.driver.manage().window().setSize(new Dimension(375, 800));
    browser.open("bookings");
    browser.waitForText("Synthetic oil change at Garage du Plateau");
    browser.screenshot("my-bookings-375");

    // A token made on the profile page books through the API as this customer.
    browser.open("profile");
    browser.type("Token name", "Browser test");
    browser.clickButton("Create token");
    String token = browser.find(By.cssSelector("#new-token-secret input")).getAttribute("value");
    assertThat(token).startsWith("otp_");
    browser.screenshot("profile-api-token-375");
    browser.clickButton("Done");
    browser.waitForText("never used");
    var api =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(BASE + "api/v1/bookings"))
                    .header("Authorization", "Bearer " + token)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.body()).contains("Synthetic oil change").contains("\"status\":\"CONFIRMED\"");

    // From the email's link, without signing in: move the booking to another time.
    browser.driver.manage().deleteAllCookies();
    browser.driver.manage().window().setSize(new Dimension(1280, 900));
    browser.open(manage);
    browser.waitForText("Change of plans?");
    browser.screenshot("manage-booking");
    browser.clickButton("Reschedule");
    browser.find(By.cssSelector(".otopair-free-day"));
    ((JavascriptExecutor) browser.driver)
        .executeScript(
            "const days = document.querySelectorAll('.otopair-free-day');"
                + " days[days.length - 1].click()");
    browser.waitForVaadin();
    browser.find(By.cssSelector("#book-day .otopair-slot-button")).click();
    browser.waitForVaadin();
    browser.find(By.xpath("//vaadin-button[@slot='confirm-button']")).click();
    browser.waitForText("Moved. Your old time is released.");
    browser.waitForText("Change of plans?");
    browser.screenshot("manage-booking-moved");
  }
}

package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.demo.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A visitor books from a shop's page: picks a free day and a slot, signs in and lands back on the
 * held slot, confirms with their saved vehicle, and finds the confirmation in the mailbox.
 */
class BookingBrowserIT extends BrowserJourney {

  @Test
  void aVisitorPicksASlotSignsInConfirmsAndGetsTheEmail() {
    browser.open("shops/garage-du-plateau");
    browser
        .find(By.xpath("//li[contains(., 'Synthetic oil change')]//a[normalize-space(.)='Book']"))
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
    browser.type("Email", DemoAccounts.CUSTOMER.email());
    browser.type("Password", DemoAccounts.PASSWORD);
    browser.clickButton("Log in");
    browser.waitForText("Held for you for");
    String heading = browser.find(By.id("hold-heading")).getText();
    assertThat(heading).isEqualTo("Synthetic oil change at Garage du Plateau");
    browser
        .find(By.xpath("//*[label[normalize-space(.)=\"What's going on?\"]]/textarea"))
        .sendKeys("Oil change and a look at the wipers.");
    browser.type("Phone for the shop", "+1 514 555 0188");
    browser.screenshot("book-hold");
    browser.clickButton("Confirm booking");
    browser.waitForText("You're booked");
    browser.screenshot("book-confirmed");

    browser.open("dev/mailbox");
    browser.waitForText("Booked: Synthetic oil change at Garage du Plateau");

    browser.open("bookings");
    browser.waitForText("Upcoming");
    browser.driver.manage().window().setSize(new Dimension(375, 800));
    browser.open("bookings");
    browser.waitForText("Synthetic oil change at Garage du Plateau");
    browser.screenshot("my-bookings-375");
  }
}

package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.demo.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * An admin lands on their dashboard, finds a customer, suspends them, and the customer can no
 * longer sign in; the audit log shows it. Also records how the admin screens look on a desktop and
 * a phone.
 */
class AdminJourneyBrowserIT extends BrowserJourney {

  @Test
  void adminSuspendsACustomerWhoThenCannotSignIn() {
    signIn(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
    // Admins land on their live dashboard; the users are one click away.
    browser.waitForText("Active users now");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/home");
    browser.screenshot("admin-home");
    browser.open("admin/users");
    browser.waitForText("Users");

    browser.find(By.xpath("//*[@id='users-search']/input")).sendKeys(DemoAccounts.CUSTOMER.email());
    browser.waitForText("1 user");
    assertThat(browser.driver.getCurrentUrl())
        .as("the search lives in the address bar")
        .contains("q=" + DemoAccounts.CUSTOMER.email().replace("@", "%40"));
    browser.screenshot("admin-users");

    browser.clickButton("Suspend");
    browser.waitForText("Suspend " + DemoAccounts.CUSTOMER.name() + "?");
    browser
        .find(
            By.xpath(
                "//vaadin-confirm-dialog//vaadin-button[normalize-space(.)='Suspend'] | //vaadin-button[@slot='confirm-button']"))
        .click();
    browser.waitForText(DemoAccounts.CUSTOMER.name() + " is suspended");

    browser.open("admin/audit");
    browser.waitForText("Account suspended");
    browser.screenshot("admin-audit");

    browser.open("admin/mailbox");
    browser.waitForText("No mail server is configured");
    browser.screenshot("admin-mailbox");

    // Every shop's jobs: the demo jobs, searchable, each opening with its history.
    // The demo's estimate waiting for approval, by the status filter in the address: the newest
    // jobs first are the demo's requested bookings, so the first page need not show it.
    browser.open("admin/jobs?status=WAITING_APPROVAL");
    browser.waitForText("Garage du Plateau");
    browser.screenshot("admin-jobs");
    browser.open("admin/outbox");
    browser.waitForText("publication");
    browser.screenshot("admin-outbox");

    browser.driver.manage().window().setSize(new Dimension(375, 812));
    browser.open("admin/users");
    browser.waitForText("Users");
    browser.screenshot("admin-users-375");

    browser.driver.manage().deleteAllCookies();
    browser.driver.manage().window().setSize(new Dimension(1280, 900));
    signIn(DemoAccounts.CUSTOMER.email(), DemoAccounts.PASSWORD);
    // The login form shows its error inside its shadow root; read what it shows.
    browser.waitForScript(
        "const form = document.querySelector('vaadin-login-form');"
            + " return !!form && form.error && form.i18n.errorMessage.title;",
        "This account is suspended");
    browser.screenshot("login-suspended");
  }
}

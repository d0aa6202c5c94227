package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The first journey of every customer: sign up, open the verification link from the dev mailbox,
 * sign in (kept signed in), land on the customer home, meet the not-found page, sign out.
 */
class SignUpJourneyBrowserIT extends BrowserJourney {

  @Test
  void signUpVerifyFromTheDevMailboxSignInAndLandHome() {
    String email = "journey-" + System.nanoTime() + "@example.test";

    browser.open("");
    browser.find(By.linkText("Create an account")).click();
    browser.waitForVaadin();
    browser.type("Your name", "Jordan Journey");
    browser.type("Email", email);
    browser.type("Password", "a long enough passphrase");
    browser.clickButton("Create account");
    browser.waitForText("We sent a confirmation link to " + email);

    browser.find(By.id("dev-mailbox-link")).click();
    browser.waitForVaadin();
    browser.waitForText(email);
    browser
        .find(By.xpath("//vaadin-grid-cell-content[normalize-space(.)=\"" + email + "\"]"))
        .click();
    WebElement link = browser.find(By.id("mailbox-link-0"));
    String verification = link.getAttribute("href");
    assertThat(verification).startsWith("http://localhost:" + PORT + "/verify?token=");

    browser.open(verification);
    browser.waitForText("Your email is confirmed");
    browser.clickButton("Sign in");

    browser.type("Email", email);
    browser.type("Password", "a long enough passphrase");
    browser.find(By.xpath("//vaadin-checkbox[label[contains(., 'Keep me signed in')]]")).click();
    browser.clickButton("Log in");

    browser.waitForText("Hello, Jordan");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/home");
    assertThat(browser.find(By.id("home-greeting")).getText()).isEqualTo("Hello, Jordan");
    assertThat(browser.driver.manage().getCookieNamed("remember-me"))
        .as("'Keep me signed in' sets the remember-me cookie")
        .isNotNull();
    browser.screenshot("customer-home");

    browser.open("no/such/page");
    browser.waitForText("We couldn’t find that page");

    browser.open("home");
    browser.find(By.xpath("//vaadin-menu-bar-button[contains(., 'Jordan Journey')]")).click();
    browser.find(By.xpath("//vaadin-menu-bar-item[normalize-space(.)='Sign out']")).click();
    browser.waitForText("Car repair you can trust");
    browser.open("home");
    browser.waitForText("Welcome back");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
  }
}

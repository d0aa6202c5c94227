package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The first journey of every customer, in a real Chromium against the running application on a
 * machine without SMTP: sign up, open the verification link from the dev mailbox, sign in, land on
 * the customer home.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    properties = {
      "otopair.embedded-postgres.data-directory=",
      "otopair.embedded-postgres.port=0",
      "otopair.demo.enabled=false",
      "vaadin.devmode.devTools.enabled=false"
    })
@ExtendWith(SignUpJourneyBrowserIT.ScreenshotOnFailure.class)
class SignUpJourneyBrowserIT {

  private static final int PORT = freePort();
  private static Browser current;

  private Browser browser;

  @DynamicPropertySource
  static void port(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> PORT);
    registry.add("otopair.public-url", () -> "http://localhost:" + PORT);
  }

  @BeforeEach
  void openBrowser() {
    browser = new Browser("http://localhost:" + PORT + "/");
    current = browser;
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void signUpVerifyFromTheDevMailboxSignInAndLandHome() {
    String email = "journey-" + System.nanoTime() + "@example.test";

    browser.open("");
    browser.clickButton("Create an account");
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
    browser.waitForText("We couldn't find that page");
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Saves what the browser showed when a journey failed, under target/browser-screenshots, before
   * the browser closes.
   */
  static class ScreenshotOnFailure implements TestExecutionExceptionHandler {
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable cause)
        throws Throwable {
      if (current != null) {
        current.screenshot("FAILED-" + context.getDisplayName().replaceAll("\\W+", "-"));
      }
      throw cause;
    }
  }
}

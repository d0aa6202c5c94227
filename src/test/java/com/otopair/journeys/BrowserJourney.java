package com.otopair.journeys;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** Journeys in a real Chromium against the running application. */
@ExtendWith(BrowserJourney.ScreenshotOnFailure.class)
abstract class BrowserJourney extends RunningServer {

  private static Browser current;

  protected Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser(BASE, language());
    current = browser;
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  /** The language the journey's browser reads first. */
  protected String language() {
    return "en-US";
  }

  /** Signs in through the login page and waits for the first page after it, or its refusal. */
  void signIn(String email, String password) {
    browser.open("login");
    // By the fields' names: the form reads English or French.
    browser.find(By.cssSelector("#vaadinLoginUsername input")).sendKeys(email);
    browser.find(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password + Keys.ENTER);
    // Signed in (another page) or refused (the form says why).
    browser.waitForScript(
        "const form = document.querySelector('vaadin-login-form');"
            + " return !location.pathname.endsWith('/login') || (!!form && !!form.error)",
        true);
    browser.waitForVaadin();
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

package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/** Journeys in a real Chromium against the running application. */
@ExtendWith(BrowserJourney.ScreenshotOnFailure.class)
abstract class BrowserJourney extends RunningServer {

  /** The browsers the running journey opened, the first one {@link #browser}. */
  private static final List<Browser> open = new ArrayList<>();

  protected Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = anotherBrowser();
  }

  @AfterEach
  void closeBrowsers() {
    open.forEach(Browser::close);
    open.clear();
  }

  /**
   * A second person's browser beside {@link #browser} (its own Chromium, so its own cookies and
   * session), closed with the journey and shot if the journey fails.
   */
  Browser anotherBrowser() {
    var another = new Browser(BASE, language());
    open.add(another);
    return another;
  }

  /**
   * Shoots {@code side} at 1280 px and at 375 px (under target/browser-screenshots) and checks the
   * page is no wider than a 375 px screen.
   */
  static void shoot(Browser side, String name) {
    shoot(side, name, null);
  }

  /**
   * Shoots {@code side} as {@link #shoot(Browser, String)} does, with {@code shown} scrolled to the
   * top of the window at each width (a section further down the page).
   */
  static void shoot(Browser side, String name, By shown) {
    scrollTo(side, shown);
    side.screenshot(name + "-1280");
    side.driver.manage().window().setSize(new Dimension(375, 812));
    side.waitForVaadin();
    scrollTo(side, shown);
    side.screenshot(name + "-375");
    long scrollWidth =
        ((Number) side.script("return document.documentElement.scrollWidth")).longValue();
    long clientWidth =
        ((Number) side.script("return document.documentElement.clientWidth")).longValue();
    assertThat(scrollWidth)
        .as(name + " at 375 px is no wider than the screen")
        .isLessThanOrEqualTo(clientWidth);
    side.driver.manage().window().setSize(new Dimension(1280, 900));
    side.waitForVaadin();
  }

  private static void scrollTo(Browser side, By shown) {
    if (shown != null) {
      side.script("arguments[0].scrollIntoView()", side.find(shown));
    }
  }

  /** The language the journey's browser reads first. */
  protected String language() {
    return "en-US";
  }

  /** Signs in through the login page and waits for the first page after it, or its refusal. */
  void signIn(String email, String password) {
    signIn(browser, email, password);
  }

  /** Signs in {@code browser} through the login page, as {@link #signIn(String, String)}. */
  static void signIn(Browser browser, String email, String password) {
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
      String name = "FAILED-" + context.getDisplayName().replaceAll("\\W+", "-");
      for (int i = 0; i < open.size(); i++) {
        open.get(i).screenshot(i == 0 ? name : name + "-" + (i + 1));
      }
      throw cause;
    }
  }
}

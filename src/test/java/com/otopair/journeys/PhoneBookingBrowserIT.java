package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Roles;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A customer books on a phone (375 x 812): from the landing page to Find, a shop, a day, a slot in
 * the afternoon, a hold form that shows every mistake at once, and the confirmation in view. No
 * page scrolls sideways, on the phone nor at 1280 px.
 */
class PhoneBookingBrowserIT extends BrowserJourney {

  static final By AFTERNOON =
      By.xpath(
          "//div[contains(@class, 'otopair-slot-group')][h3[normalize-space(.)='Afternoon']]"
              + "//vaadin-button");

  @Autowired UserProvisioning users;

  @Test
  void aCustomerBooksAnAfternoonSlotOnAPhone() {
    String email = "phone-" + System.nanoTime() + "@example.test";
    users.createVerifiedUser(email, "Pat Phone", Roles.CUSTOMER, DemoAccounts.PASSWORD);
    phone();

    browser.open("");
    fitsBothWidths("phone-landing");
    WebElement findLink = browser.find(By.linkText("Find a mechanic"));
    assertThat(findLink.getTagName()).isEqualTo("a");
    findLink.click();
    browser.waitForVaadin();
    browser.waitForText("Where is your car?");

    browser.open("find?where=Montreal&km=25&service=OIL");
    browser.waitForFindResult("Garage du Plateau");
    // The filters are folded: the first result shows on the first screen.
    assertThat(browser.find(By.id("find-filters-toggle")).getText()).isEqualTo("Filters (1)");
    assertThat(
            ((Number)
                    script(
                        "return document.getElementById('find-count').getBoundingClientRect().top"))
                .doubleValue())
        .isLessThan(812.0);
    fitsBothWidths("phone-find");

    browser.find(By.linkText("Garage du Plateau")).click();
    browser.waitForVaadin();
    script("window.scrollTo(0, 0); return true"); // the cover photo and the gallery come first
    fitsBothWidths("phone-shop");
    WebElement book =
        browser.find(
            By.xpath(
                "//div[contains(concat(' ', @class, ' '), ' otopair-service-card ')]"
                    + "[.//h3[normalize-space(.)='Synthetic oil change']]"
                    + "//a[normalize-space(.)='Book']"));
    script("arguments[0].scrollIntoView({block: 'center'})", book);
    book.click();
    browser.waitForVaadin();
    browser.find(By.cssSelector(".otopair-free-day"));
    fitsBothWidths("phone-picker");

    // The first day with afternoon slots (today's may be gone, a Saturday may end at noon).
    int days = browser.driver.findElements(By.cssSelector("vaadin-button.otopair-free-day")).size();
    String chosen = null;
    for (int i = 0; i < days && chosen == null; i++) {
      WebElement candidate =
          browser.driver.findElements(By.cssSelector("vaadin-button.otopair-free-day")).get(i);
      String date = candidate.getAttribute("data-date");
      script("arguments[0].scrollIntoView({block: 'center'})", candidate);
      candidate.click();
      browser.waitForVaadin();
      if (!browser.driver.findElements(AFTERNOON).isEmpty()) {
        chosen = date;
      }
    }
    assertThat(chosen).as("a day with afternoon slots").isNotNull();
    // The month is drawn again with the pick: the chosen day is the same day's new button.
    WebElement day =
        browser.find(
            By.cssSelector("vaadin-button.otopair-free-day[data-date=\"" + chosen + "\"]"));
    assertThat(day.getAttribute("aria-pressed")).isEqualTo("true");
    assertThat(day.getAttribute("class")).contains("otopair-day-chosen");
    assertThat(browser.driver.findElements(By.cssSelector("vaadin-button[aria-pressed='true']")))
        .hasSize(1);
    fitsBothWidths("phone-picker-day");
    WebElement afternoon = browser.find(AFTERNOON);
    String picked = afternoon.getAttribute("aria-label");
    script("arguments[0].scrollIntoView({block: 'center'})", afternoon);
    afternoon.click();
    browser.waitForVaadin();

    browser.type("Email", email);
    browser.type("Password", DemoAccounts.PASSWORD);
    browser.clickButton("Log in");
    browser.waitForText("Held for you for");
    assertThat(browser.find(By.id("hold-when")).getText()).contains(picked.split(" · ")[0]);
    fitsBothWidths("phone-hold");

    browser.type("Year", "1800");
    browser.type("VIN (optional)", "12345");
    browser.type("Phone for the shop", "call me maybe");
    browser.clickButton("Confirm booking");
    assertThat(
            script(
                "return Array.from(document.querySelectorAll('[invalid]'))"
                    + ".filter(f => f.label).map(f => f.label).join(', ')"))
        .isEqualTo("Year, Make, Model, VIN (optional), Phone for the shop");
    // The first of them, the year, is brought into view.
    assertThat(inViewport("vaadin-integer-field[invalid]")).isTrue();
    fitsBothWidths("phone-hold-invalid");

    browser.type("Year", "2018");
    browser.type("Make", "Subaru");
    browser.type("Model", "Outback");
    WebElement vin =
        browser.find(By.xpath("//*[label[normalize-space(.)='VIN (optional)']]/input"));
    vin.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, Keys.TAB);
    browser.type("Phone for the shop", "+1 514 555 0188");
    browser.clickButton("Confirm booking");
    browser.waitForText("You’re booked");
    assertThat(inViewport("#booking-heading")).isTrue();
    fits("phone-booked");
  }

  private void phone() {
    browser.driver.manage().window().setSize(new Dimension(375, 812));
  }

  /** The page doesn't scroll sideways on the phone, nor at 1280 px; a screenshot of each. */
  private void fitsBothWidths(String name) {
    fits(name);
    browser.driver.manage().window().setSize(new Dimension(1280, 900));
    browser.waitForVaadin();
    fits(name.replace("phone-", "wide-"));
    phone();
    browser.waitForVaadin();
  }

  private void fits(String name) {
    browser.waitForScript("return document.fonts.status", "loaded");
    browser.screenshot(name);
    assertThat(
            script(
                "const d = document.documentElement;"
                    + " return d.scrollWidth + ' <= ' + d.clientWidth"))
        .as("%s scrolls sideways", name)
        .satisfies(
            widths -> {
              String[] parts = ((String) widths).split(" <= ");
              assertThat(Integer.parseInt(parts[0]))
                  .isLessThanOrEqualTo(Integer.parseInt(parts[1]));
            });
  }

  private boolean inViewport(String selector) {
    return Boolean.TRUE.equals(
        script(
            "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;",
            selector));
  }

  private Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) browser.driver).executeScript(script, arguments);
  }
}

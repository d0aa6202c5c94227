package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.demo.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A mechanic drags on the real FullCalendar to add hours; after a reload the hours are still there,
 * and dragging them to another time moves them.
 */
class ScheduleBrowserIT extends BrowserJourney {

  private static final String SUNDAY = "td.fc-timegrid-col.fc-day-sun";

  private long eventsOnSunday() {
    return (Long)
        ((JavascriptExecutor) browser.driver)
            .executeScript(
                "return document.querySelectorAll(\"" + SUNDAY + " .fc-timegrid-event\").length");
  }

  /** Presses at the start slot of Sunday's column and releases at the end slot. */
  private void drag(String fromTime, String toTime) {
    WebElement column = browser.find(By.cssSelector(SUNDAY));
    Rectangle col = column.getRect();
    Rectangle from =
        browser
            .find(By.cssSelector("td.fc-timegrid-slot-lane[data-time='" + fromTime + "']"))
            .getRect();
    Rectangle to =
        browser
            .find(By.cssSelector("td.fc-timegrid-slot-lane[data-time='" + toTime + "']"))
            .getRect();
    int x = col.getX() + col.getWidth() / 2;
    new Actions(browser.driver)
        .moveToLocation(x, from.getY() + 4)
        .clickAndHold()
        .moveToLocation(x, from.getY() + 12)
        .moveToLocation(x, (from.getY() + to.getY()) / 2)
        .moveToLocation(x, to.getY() + to.getHeight() - 4)
        .release()
        .perform();
    browser.waitForVaadin();
  }

  @Test
  void aMechanicDragsHoursOntoTheCalendarAndTheyAreSaved() {
    signIn(DemoAccounts.MECHANICS.get(6).email(), DemoAccounts.PASSWORD);
    browser.open("schedule");
    browser.find(By.cssSelector("td.fc-timegrid-slot-lane[data-time='10:00:00']"));
    ((JavascriptExecutor) browser.driver)
        .executeScript(
            "document.querySelector(\"td.fc-timegrid-slot-lane[data-time='10:00:00']\")"
                + ".scrollIntoView({block: 'start'})");
    long before = eventsOnSunday();
    browser.screenshot("schedule-before");

    drag("10:00:00", "11:30:00");
    browser.waitForText("Added Sunday 10:00 AM–12:00 PM");

    browser.open("schedule");
    browser.find(By.cssSelector(SUNDAY));
    browser.waitForScript(
        "return document.querySelectorAll(\"" + SUNDAY + " .fc-timegrid-event\").length",
        before + 1);
    assertThat(browser.find(By.cssSelector(SUNDAY + " .fc-timegrid-event")).getText())
        .contains("Standard");
    browser.screenshot("schedule-after-reload");

    // The owner's view of the whole team, and the same page on a phone.
    browser.driver.manage().deleteAllCookies();
    signIn(DemoAccounts.SHOP_OWNERS.get(2).email(), DemoAccounts.PASSWORD);
    // A live shop's settings are one click away in the menu.
    browser.find(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Shop settings']")).click();
    browser.waitForVaadin();
    browser.waitForText("Service menu");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/settings");
    assertThat(browser.find(By.tagName("h2")).getText()).isEqualTo("Eastside Auto Repair");
    browser.screenshot("shop-settings-from-menu");
    browser.open("schedule");
    browser.find(By.cssSelector("td.fc-timegrid-col"));
    browser.waitForText("Schedule of Eastside Auto Repair");
    browser.screenshot("schedule-owner");

    // The slot preview shows what customers of one mechanic are offered next week, with prices.
    browser.find(By.id("schedule-mechanic")).click();
    browser.find(By.xpath("//vaadin-select-item[normalize-space(.)='Maya Patel']")).click();
    browser.waitForVaadin();
    browser.find(By.id("schedule-preview")).click();
    browser
        .find(
            By.xpath(
                "//vaadin-select-item[starts-with(normalize-space(.), 'Synthetic oil change')]"))
        .click();
    browser.waitForVaadin();
    browser.find(By.cssSelector("button.fc-next-button")).click();
    browser.waitForVaadin();
    browser.waitForScript("return document.querySelectorAll('.otopair-slot').length > 10", true);
    ((JavascriptExecutor) browser.driver)
        .executeScript(
            "document.querySelector(\"td.fc-timegrid-slot-lane[data-time='09:00:00']\")"
                + ".scrollIntoView({block: 'start'})");
    browser.screenshot("schedule-slot-preview");
    ((JavascriptExecutor) browser.driver)
        .executeScript(
            "document.getElementById('schedule-actions').scrollIntoView({block: 'center'})");
    browser
        .find(By.id("schedule-actions"))
        .findElement(By.xpath(".//vaadin-menu-bar-button[contains(., 'Booking policy')]"))
        .click();
    browser.waitForText("Slots start every (minutes)");
    browser.screenshot("schedule-policy");
    browser.clickButton("Cancel");
    browser.driver.manage().window().setSize(new Dimension(375, 800));
    browser.open("schedule");
    browser.find(By.cssSelector("td.fc-timegrid-col"));
    browser.screenshot("schedule-owner-375");
    // Nothing on the page reaches past the phone's width, so it never scrolls sideways.
    browser.waitForScript(
        "return [...document.querySelectorAll('.otopair-schedule > *,"
            + " .otopair-schedule-week > *, #schedule-calendar .fc-view-harness')]"
            + ".every(e => e.getBoundingClientRect().right <= window.innerWidth + 1)",
        true);
    ((JavascriptExecutor) browser.driver)
        .executeScript(
            "document.querySelector(\"td.fc-timegrid-slot-lane[data-time='09:00:00']\")"
                + ".scrollIntoView({block: 'start'})");
    browser.screenshot("schedule-owner-375-day");
  }
}

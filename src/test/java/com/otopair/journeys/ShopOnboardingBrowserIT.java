package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.demo.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * An owner lists a new shop, an admin approves it, and its public page goes live; before the
 * approval the page is not found.
 */
class ShopOnboardingBrowserIT extends BrowserJourney {

  @Test
  void ownerListsAShopAdminApprovesItAndThePublicPageShowsIt() {
    String name = "Mile End Motors " + (System.nanoTime() % 100000);
    String slug = name.toLowerCase().replace(' ', '-');

    signIn(DemoAccounts.SHOP_OWNERS.getFirst().email(), DemoAccounts.PASSWORD);
    browser.open("shop/setup");
    browser.type("Shop name", name);
    browser.type("Street address", "5400 Boulevard Saint-Laurent");
    browser.type("City", "Montreal");
    browser.find(By.xpath("//*[label[normalize-space(.)='City']]/input")).sendKeys(Keys.ENTER);
    browser.type("Postal or ZIP code", "h2t 1s1");
    browser.type("Phone", "514 555 0123");
    browser.waitForVaadin();
    browser.screenshot("shop-setup");
    browser.clickButton("Submit for approval");
    browser.waitForText("awaits approval by an Otopair admin");
    browser.screenshot("shop-dashboard-pending");

    browser.open("shops/" + slug);
    browser.waitForText("We couldn't find that page");

    browser.driver.manage().deleteAllCookies();
    signIn(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
    browser.open("admin/shops");
    browser.find(By.xpath("//*[@id='shops-search']/input")).sendKeys(slug);
    browser.waitForText("1 shop");
    browser.screenshot("admin-shops");
    browser.clickButton("Approve");
    browser.find(By.xpath("//vaadin-button[@slot='confirm-button']")).click();
    browser.waitForText(name + " is live");

    browser.open("shops/" + slug);
    browser.waitForText("Opening hours");
    assertThat(browser.find(By.id("shop-name")).getText()).isEqualTo(name);
    browser.screenshot("shop-public-page");
  }
}

package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.demo.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * An owner lists a new shop, an admin approves it, and its public page goes live (before the
 * approval it is not found); then a mechanic accepts an invitation and appears on the page.
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
    browser.waitForText("We couldn’t find that page");

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

    // The owner invites a mechanic, who registers from the emailed link and appears on the page.
    String mechanic = "mechanic-" + System.nanoTime() + "@example.test";
    browser.driver.manage().deleteAllCookies();
    signIn(DemoAccounts.SHOP_OWNERS.getFirst().email(), DemoAccounts.PASSWORD);
    browser.open("team");
    browser.find(By.id("shop-switcher")).click();
    browser.find(By.xpath("//vaadin-select-item[normalize-space(.)=\"" + name + "\"]")).click();
    browser.waitForText("The team of " + name);
    browser.waitForVaadin();
    browser.type("Mechanic’s email", mechanic);
    browser.clickButton("Send invitation");
    browser.waitForText("Invitation sent to " + mechanic);

    browser.driver.manage().deleteAllCookies();
    browser.open("dev/mailbox");
    browser
        .find(By.xpath("//vaadin-grid-cell-content[normalize-space(.)=\"" + mechanic + "\"]"))
        .click();
    String invitation = browser.find(By.id("mailbox-link-0")).getAttribute("href");
    browser.open(invitation);
    browser.waitForText("Join " + name);
    browser.type("Your name", "Noor Newhire");
    browser.type("Choose a password", "a long enough passphrase");
    browser.clickButton("Create my account and join");
    browser.waitForText("Welcome to " + name);

    browser.open("shops/" + slug);
    browser.waitForText("Noor Newhire");
    browser.screenshot("shop-public-page-with-mechanic");
  }
}

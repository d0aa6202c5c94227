package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.audit.AccessLog;
import com.otopair.base.AccessReads;
import com.otopair.booking.PhoneBookings;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.Slot;
import com.otopair.support.SignIn;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The screens issue 21 added, at 1280 and 375 px (under target/browser-screenshots): the shop's
 * "Book for a customer" dialog (opened from Shop bookings, and prefilled from a free time of the
 * schedule, with every field at fault marked), the admin's access log with rows and filters, the
 * customer's "Your data" and "Delete account" cards, and the admin's API tokens with the operations
 * choice. None of them scrolls sideways on a phone, and no dialog is wider than it.
 */
class PolishTourBrowserIT extends BrowserJourney {

  private static final String SHOP = "garage-du-plateau";

  @Autowired JdbcTemplate jdbc;
  @Autowired PhoneBookings phoneBookings;
  @Autowired AccessLog accessLog;
  @Autowired UserProvisioning users;
  @Autowired UserDetailsService userDetails;

  @Test
  void theShopsPhoneDialogFitsBothWidthsFromBookingsAndFromTheSchedule() {
    String owner = DemoAccounts.SHOP_OWNERS.getFirst().email();
    signIn(owner, DemoAccounts.PASSWORD);

    browser.open("shop-bookings");
    browser.clickButton("Book for a customer");
    browser.find(By.id("phone-booking"));
    shootDialog("tour-phone-dialog");
    browser.clickButton("Book");
    // Every field at fault is marked at once, each with its label.
    // Every field at fault is marked at once, each with its label.
    assertThat(
            browser.script(
                "return Array.from(document.querySelectorAll('[invalid]'))"
                    + ".filter(f => f.label).map(f => f.label).join(', ')"))
        .isEqualTo("Customer’s email, Customer’s name, Mechanic, Service, Time");
    shootDialog("tour-phone-dialog-invalid");
    browser.clickButton("Close");

    // A free time of the schedule: the address the schedule's free slot opens.
    UUID shopId = jdbc.queryForObject("select id from shops where slug = ?", UUID.class, SHOP);
    ZoneId zone =
        ZoneId.of(
            jdbc.queryForObject("select time_zone from shops where id = ?", String.class, shopId));
    UUID service =
        jdbc.queryForObject(
            "select id from offerings where shop_id = ? and mode = 'IN_SHOP' and active"
                + " order by name limit 1",
            UUID.class,
            shopId);
    SignIn.as(userDetails, owner);
    Slot free;
    try {
      free =
          LocalDate.now(zone)
              .plusDays(1)
              .datesUntil(LocalDate.now(zone).plusDays(14))
              .flatMap(day -> phoneBookings.freeSlots(shopId, service, null, day).stream())
              .findFirst()
              .orElseThrow();
    } finally {
      SecurityContextHolder.clearContext();
    }
    browser.open(
        "shop-bookings?book="
            + free.start()
            + "&mechanic="
            + free.mechanicId()
            + "&service="
            + service);
    browser.find(By.id("phone-booking"));
    assertThat(browser.script("return document.getElementById('phone-booking-slot').value"))
        .isNotEqualTo("");
    shootDialog("tour-phone-dialog-from-schedule");
  }

  @Test
  void theAccessLogListsReadsWithItsFiltersAtBothWidths() {
    UUID emma = users.findByEmail(DemoAccounts.CUSTOMER.email()).orElseThrow();
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    try {
      accessLog.read(AccessReads.Subject.USER, emma, emma, null);
      accessLog.read(AccessReads.Subject.BOOKINGS, emma, emma, null);
      accessLog.flush();
    } finally {
      SecurityContextHolder.clearContext();
    }
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.queryForObject(
                    "select count(*) from access_log where customer_id = ?", Long.class, emma),
            n -> n >= 2);
    signIn(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);

    String emmas = "admin/access-log?customer=" + DemoAccounts.CUSTOMER.email();
    browser.open(emmas);
    browser.waitForText(DemoAccounts.CUSTOMER.email());
    shootWithin("tour-access-log");
    // Opened on the phone: each read is a card, nothing scrolls sideways.
    browser.driver.manage().window().setSize(new Dimension(375, 812));
    browser.open(emmas);
    browser.waitForText(DemoAccounts.CUSTOMER.email());
    browser.screenshot("tour-access-log-opened-375");
    assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).longValue())
        .isLessThanOrEqualTo(375);
    browser.driver.manage().window().setSize(new Dimension(1280, 900));
    browser.open("admin/access-log?customer=nobody-" + UUID.randomUUID() + "@example.test");
    shootWithin("tour-access-log-nobody");
  }

  @Test
  void theProfilesDataCardsAndTheOperationsTokensFitBothWidths() {
    signIn(DemoAccounts.CUSTOMER.email(), DemoAccounts.PASSWORD);
    browser.open("profile");
    shoot(browser, "tour-profile-your-data", By.id("my-data"));
    browser.find(By.id("delete-account-open")).click();
    browser.waitForVaadin();
    browser.find(By.id("delete-account-email"));
    shootDialog("tour-profile-delete-dialog");

    Browser admin = anotherBrowser();
    signIn(admin, DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
    admin.open("profile");
    shoot(admin, "tour-profile-ops-tokens", By.id("api-tokens"));
  }

  @Test
  void theBookingsConsoleFitsALaptopAndShowsCardsWithoutAHeaderOnAPhone() {
    signIn(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
    browser.driver.manage().window().setSize(new Dimension(1280, 900));
    browser.open("admin/bookings");
    String grid = "document.getElementById('admin-bookings')";
    browser.waitForScript("return " + grid + ".getAttribute('data-layout')", "columns");
    browser.waitForScript("return " + grid + "._flatSize > 0", true);
    browser.waitForVaadin();
    browser.screenshot("tour-admin-bookings-1280");
    // The columns share the width: nothing scrolls sideways inside the grid.
    assertThat(
            ((Number) browser.script("return " + grid + ".$.table.scrollWidth")).longValue()
                - ((Number) browser.script("return " + grid + ".$.table.clientWidth")).longValue())
        .as("the grid's overflow at 1280 px")
        .isLessThanOrEqualTo(1);
    // The search field and the first filter keep a gap between them.
    assertThat(
            browser.script(
                "const f = [...document.querySelectorAll('.otopair-filters > *')]"
                    + ".map(e => e.getBoundingClientRect());"
                    + " return f[1].left - f[0].right >= 8 || f[1].top >= f[0].bottom;"))
        .isEqualTo(true);

    browser.driver.manage().window().setSize(new Dimension(375, 812));
    browser.waitForScript("return " + grid + ".getAttribute('data-layout')", "cards");
    browser.waitForVaadin();
    browser.screenshot("tour-admin-bookings-375");
    // One card per booking, and no empty header row above them.
    assertThat(
            ((Number)
                    browser.script(
                        "return " + grid + ".shadowRoot.querySelector('thead').offsetHeight"))
                .longValue())
        .as("the header row above the cards")
        .isZero();
  }

  /** The page and its open dialog at both widths; the dialog never wider than the phone. */
  private void shootDialog(String name) {
    shootWithin(name);
  }

  /** Shoots at 1280 and 375 px: nothing, page nor overlay, wider than the 375 px screen. */
  private void shootWithin(String name) {
    browser.waitForScript("return document.fonts.status", "loaded");
    browser.screenshot(name + "-1280");
    browser.driver.manage().window().setSize(new Dimension(375, 812));
    browser.waitForVaadin();
    browser.screenshot(name + "-375");
    long page =
        ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
    assertThat(page).as(name + ": the page at 375 px").isLessThanOrEqualTo(375);
    // Every overlay part, in the page or in any shadow root, within the screen's width.
    Object outside =
        browser.script(
            "const out = [];"
                + " const walk = root => root.querySelectorAll('*').forEach(e => {"
                + "   if ((e.getAttribute('part') || '').split(' ').includes('overlay')) {"
                + "     const r = e.getBoundingClientRect();"
                + "     if (r.width > 0 && (r.left < -0.5 || r.right > window.innerWidth + 0.5))"
                + "       out.push(e.localName + ' ' + Math.round(r.left) + '..' + Math.round(r.right));"
                + "   }"
                + "   if (e.shadowRoot) walk(e.shadowRoot);"
                + " });"
                + " walk(document); return out.join(', ');");
    assertThat(outside).as(name + ": overlays wider than the 375 px screen").isEqualTo("");
    browser.driver.manage().window().setSize(new Dimension(1280, 900));
    browser.waitForVaadin();
  }
}

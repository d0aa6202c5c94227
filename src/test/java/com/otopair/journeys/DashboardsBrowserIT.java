package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.demo.DemoAccounts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each role's home, the CRM and both analytics pages in a real Chromium, on the demo data: every
 * tile there, every chart drawn (or saying in one sentence that it has nothing yet), the page no
 * wider than a 375 px phone, and a clean console. Shot at 1280 and 375 px.
 */
class DashboardsBrowserIT extends BrowserJourney {

  @Test
  void theOwnerLandsOnTheirShopsDayAndItsAnalytics() {
    signIn("sophie.tremblay@garage-plateau.test", DemoAccounts.PASSWORD);
    assertHome(
        "home-owner",
        List.of(
            "tile-bookings-today",
            "tile-waiting-sessions",
            "tile-open-jobs",
            "tile-waiting-estimates",
            "tile-revenue",
            "tile-utilisation",
            "tile-missed-bookings",
            "tile-rating-trend"));

    browser.open("shop/analytics");
    waitForCharts();
    shoot(browser, "shop-analytics");
    assertCleanConsole();
  }

  @Test
  void theMechanicLandsOnTheirDay() {
    signIn("luc.bergeron@garage-plateau.test", DemoAccounts.PASSWORD);
    assertHome("home-mechanic", List.of("tile-online", "tile-my-jobs", "tile-my-sessions"));
    assertCleanConsole();
  }

  @Test
  void theCustomerLandsOnTheirBookingsAndRecommendations() {
    // Camille: the admin's journey suspends Emma in this shared demo.
    signIn(DemoAccounts.FRENCH_CUSTOMER.email(), DemoAccounts.PASSWORD);
    assertHome(
        "home-customer",
        List.of("tile-upcoming-bookings", "tile-active-sessions", "tile-upsells", "tile-vehicles"));
    assertCleanConsole();
  }

  @Test
  void theAdminLandsOnTheMarketplaceAndReadsTheCrmAndAnalytics() {
    signIn(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
    assertHome(
        "home-admin",
        List.of(
            "tile-active-users",
            "tile-shops-waiting",
            "tile-bookings-over-time",
            "tile-sessions-over-time",
            "tile-money-over-time",
            "tile-payment-failures",
            "tile-dead-outbox",
            "tile-mail-failures"));

    browser.open("admin/crm");
    waitForCharts();
    shoot(browser, "admin-crm");

    browser.open("admin/analytics");
    waitForCharts();
    shoot(browser, "admin-analytics");
    assertCleanConsole();
  }

  private void assertHome(String name, List<String> tiles) {
    browser.waitForScript("return location.pathname.endsWith('/home')", true);
    browser.waitForScript("return !!document.getElementById('dashboard')", true);
    for (String tile : tiles) {
      assertThat(browser.script("return !!document.getElementById(arguments[0])", tile))
          .as(tile + " on " + name)
          .isEqualTo(true);
    }
    waitForCharts();
    shoot(browser, name);
  }

  /** Every chart on the page has drawn its numbers or its one sentence. */
  private void waitForCharts() {
    browser.waitForVaadin();
    browser.waitForScript(
        "return [...document.querySelectorAll('otopair-chart')]"
            + ".every(chart => ['drawn', 'empty'].includes(chart.dataset.state))",
        true);
  }

  private void assertCleanConsole() {
    List<String> errors =
        browser.consoleErrors().stream()
            .filter(message -> !message.contains(RunningServer.TILES_URL))
            .filter(message -> !message.contains("/favicon.ico"))
            .toList();
    assertThat(errors).as("console errors").isEmpty();
  }
}

package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/**
 * Find's results and the shop page show their places on a Leaflet map in a real Chromium, at 1280
 * and at 375 px, with the tile server unreachable (as offline): the markers stand on the plain
 * background, are reached with the keyboard and lead to the shop, and the console stays clean (no
 * Content-Security-Policy refusal either).
 */
class MapBrowserIT extends BrowserJourney {

  @Test
  void findsResultsAndTheShopPageShowTheirPlacesWithoutTiles() {
    browser.open("find?where=Montreal&km=25");
    browser.waitForText("Garage du Plateau");
    long shops = number("return document.querySelectorAll('.otopair-find-result').length");
    assertThat(shops).as("shops listed").isGreaterThan(1);
    waitForMarkers("#find-map", shops);
    assertThat(markerLabels("#find-map")).hasSize((int) shops).contains("Garage du Plateau");
    assertThat(number("return document.querySelectorAll('#find-map img.leaflet-tile').length"))
        .as("tiles asked for")
        .isPositive();
    assertThat(
            number("return document.querySelectorAll('#find-map img.leaflet-tile-loaded').length"))
        .as("tiles that loaded from the unreachable server")
        .isZero();
    assertThat(
            browser.script(
                "return document.querySelector('#find-map .leaflet-control-attribution')"
                    + ".textContent"))
        .asString()
        .contains("OpenStreetMap contributors");
    // Beside the results on a wide screen.
    assertThat(number("return document.querySelector('#find-map').getBoundingClientRect().left"))
        .isGreaterThan(
            number(
                "return document.querySelector('.otopair-find-result')"
                    + ".getBoundingClientRect().right"));
    shoot(browser, "map-find");

    // Above the results on a phone, and folded away with its toggle.
    browser.driver.manage().window().setSize(new Dimension(375, 812));
    browser.waitForVaadin();
    assertThat(number("return document.querySelector('#find-map').getBoundingClientRect().bottom"))
        .isLessThanOrEqualTo(
            number(
                "return document.querySelector('.otopair-find-result')"
                    + ".getBoundingClientRect().top"));
    assertThat(number("return document.querySelector('#find-map').getBoundingClientRect().width"))
        .isGreaterThan(300);
    waitForMarkers("#find-map", shops);
    browser.clickButton("Hide the map");
    assertThat(number("return document.querySelector('#find-map').getBoundingClientRect().height"))
        .isZero();
    browser.clickButton("Show the map");
    assertThat(number("return document.querySelector('#find-map').getBoundingClientRect().height"))
        .isPositive();
    browser.driver.manage().window().setSize(new Dimension(1280, 900));
    browser.waitForVaadin();

    // A marker is a labelled button: Enter on it opens the shop's page.
    var plateau =
        browser.find(By.cssSelector("#find-map img.leaflet-marker-icon[alt='Garage du Plateau']"));
    assertThat(plateau.getAttribute("role")).isEqualTo("button");
    plateau.sendKeys(Keys.ENTER);
    browser.waitForScript("return location.pathname.endsWith('/shops/garage-du-plateau')", true);
    browser.waitForVaadin();

    waitForMarkers("#shop-location-map", 1);
    assertThat(markerLabels("#shop-location-map")).containsExactly("Garage du Plateau");
    assertThat(browser.find(By.id("shop-directions")).getAttribute("href"))
        .startsWith("https://www.google.com/maps/dir/?api=1&destination=")
        .contains("Montreal");
    shoot(browser, "map-shop");

    List<String> console = browser.consoleErrors();
    // The policy lets the tile server through: its tiles fail as unreachable, never as refused.
    assertThat(console)
        .as("Content-Security-Policy violations")
        .noneMatch(SecurityHeadersServerIT::isPolicyViolation);
    List<String> errors =
        console.stream()
            .filter(message -> !message.contains(RunningServer.TILES_URL))
            // Chromium asks every site for an icon, which Otopair does not have.
            .filter(message -> !message.contains("/favicon.ico"))
            .toList();
    assertThat(errors).as("console errors other than the unreachable tiles'").isEmpty();
  }

  private void waitForMarkers(String map, long count) {
    browser.waitForScript(
        "const map = document.querySelector('"
            + map
            + "');"
            + " return map ? String(map.querySelectorAll('.leaflet-marker-icon').length) : ''",
        String.valueOf(count));
  }

  @SuppressWarnings("unchecked")
  private List<String> markerLabels(String map) {
    return (List<String>)
        browser.script(
            "return [...document.querySelectorAll(arguments[0] + ' img.leaflet-marker-icon')]"
                + ".map(marker => marker.alt)",
            map);
  }

  private long number(String script) {
    return ((Number) browser.script(script)).longValue();
  }
}

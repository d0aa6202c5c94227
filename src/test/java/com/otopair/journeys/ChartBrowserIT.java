package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Every kind of chart drawn by ECharts in a real Chromium (the test-only {@link ChartGalleryView}):
 * each draws shapes in an SVG, keeps its table for screen readers without showing it, an empty one
 * says its sentence instead of axes, new numbers redraw in place, and the page fits at 1280 and at
 * 375 px with a clean console.
 */
class ChartBrowserIT extends BrowserJourney {

  private static final List<String> KINDS =
      List.of("line", "bar", "stacked-bar", "funnel", "heat-map", "gauge");

  @Test
  void everyKindOfChartDrawsKeepsItsTableAndFitsAPhone() {
    browser.open("dev/chart-gallery");
    browser.waitForText("Charts");
    for (String kind : KINDS) {
      waitForDrawing(kind);
    }
    checkDrawings();
    checkTables();

    // The empty chart: one sentence, no axes.
    browser.waitForScript("return document.querySelector('#chart-empty').dataset.state", "empty");
    assertThat(
            browser.script(
                "const box = document.querySelector('#chart-empty .otopair-chart-empty');"
                    + " return box.getBoundingClientRect().height > 0 ? box.textContent : ''"))
        .isEqualTo("Your rating will show here once customers review their visits.");
    assertThat(number("return document.querySelectorAll('#chart-empty svg path').length"))
        .as("shapes drawn by the empty chart")
        .isZero();

    // New numbers: the same drawing moves to them (no new element, no error).
    Object drawing = browser.script("return document.querySelector('#chart-line svg')");
    browser.clickButton("Book one more on Sunday");
    browser.waitForScript(
        "const chart = document.querySelector('#chart-line');"
            + " return [...chart.querySelector('.otopair-chart-table').rows]"
            + ".map(row => [...row.cells].map(cell => cell.textContent).join('|'))"
            + ".includes('This week|4|7|5|9|12|6|3') && chart.spec.series[0].values[6] === 3",
        true);
    assertThat(browser.script("return document.querySelector('#chart-line svg')"))
        .as("the line redrawn in place")
        .isEqualTo(drawing);
    browser.waitForScript(
        "return document.querySelector('#chart-gauge svg').textContent.includes('73')", true);

    shoot(browser, "charts");

    // On a phone: every chart as wide as its card, the charts drawn again at that size.
    browser.driver.manage().window().setSize(new Dimension(375, 812));
    browser.waitForVaadin();
    for (String kind : KINDS) {
      browser.waitForScript(
          "const chart = document.querySelector('#chart-"
              + kind
              + "');"
              + " const svg = chart.querySelector('svg');"
              + " return !!svg && Math.abs(svg.getBoundingClientRect().width"
              + " - chart.getBoundingClientRect().width) < 2",
          true);
      assertThat(
              number(
                  "return document.querySelector('#chart-"
                      + kind
                      + "').getBoundingClientRect().right"))
          .as(kind + " inside a 375 px screen")
          .isLessThanOrEqualTo(375);
    }
    checkDrawings();
    browser.script("document.querySelector('#chart-heat-map').scrollIntoView()");
    browser.screenshot("charts-heat-map-375");
    browser.driver.manage().window().setSize(new Dimension(1280, 900));
    browser.waitForVaadin();

    List<String> errors =
        browser.consoleErrors().stream()
            // Chromium asks every site for an icon, which Otopair does not have.
            .filter(message -> !message.contains("/favicon.ico"))
            .toList();
    assertThat(errors).as("console errors").isEmpty();
  }

  /**
   * Periods on a category axis (90 days at the analytics page's day granularity, three months on
   * the rating tile) read short ("Sep 9", "Sep 2026"), level, whole and apart at 1280 and 375 px:
   * ECharts shows as many as fit instead of leaning them into a smear or cutting words.
   */
  @Test
  void periodsOnTheAxisAreShortLevelWholeAndApart() {
    browser.open("dev/chart-gallery");
    browser.waitForText("Charts");
    waitForDrawing("days");
    waitForDrawing("months");
    checkAxis("days", 1280);
    checkAxis("months", 1280);
    browser.script("document.querySelector('#chart-days').scrollIntoView()");
    browser.screenshot("charts-axis-1280");
    browser.driver.manage().window().setSize(new Dimension(375, 812));
    browser.waitForVaadin();
    browser.waitForScript(
        "const chart = document.querySelector('#chart-days');"
            + " const svg = chart.querySelector('svg');"
            + " return !!svg && Math.abs(svg.getBoundingClientRect().width"
            + " - chart.getBoundingClientRect().width) < 2",
        true);
    checkAxis("days", 375);
    checkAxis("months", 375);
    browser.script("document.querySelector('#chart-days').scrollIntoView()");
    browser.screenshot("charts-axis-375");
    browser.driver.manage().window().setSize(new Dimension(1280, 900));
    browser.waitForVaadin();
  }

  @SuppressWarnings("unchecked")
  private void checkAxis(String kind, int width) {
    var axis =
        (Map<String, Object>)
            browser.script(
                "const chart = document.querySelector('#chart-"
                    + kind
                    + "');"
                    + " const wanted = new Set(chart.spec.axisLabels);"
                    + " const all = [...chart.querySelectorAll('svg text')];"
                    + " const shown = all.filter(t => wanted.has(t.textContent)"
                    + " && t.getBoundingClientRect().width > 0);"
                    + " const boxes = shown.map(t => t.getBoundingClientRect());"
                    + " let overlap = false;"
                    + " boxes.forEach((a, i) => boxes.slice(i + 1).forEach(b => {"
                    + " if (a.left < b.right && b.left < a.right && a.top < b.bottom"
                    + " && b.top < a.bottom) overlap = true; }));"
                    + " const tops = boxes.map(b => b.top), heights = boxes.map(b => b.height);"
                    + " return { shown: shown.length, first: shown.length ? shown[0].textContent : '',"
                    + " cut: all.some(t => t.textContent.includes('\u2026')), overlap,"
                    + " spread: Math.max(...tops) - Math.min(...tops),"
                    + " tallest: Math.max(...heights) };");
    String at = kind + " at " + width + " px: ";
    assertThat(((Number) axis.get("shown")).longValue())
        .as(at + "short labels on the axis")
        .isGreaterThanOrEqualTo(kind.equals("months") ? 3 : 4);
    assertThat(axis.get("cut")).as(at + "a label cut short").isEqualTo(false);
    assertThat(axis.get("overlap")).as(at + "labels overlapping").isEqualTo(false);
    assertThat(((Number) axis.get("spread")).doubleValue()).as(at + "labels level").isLessThan(2);
    assertThat(((Number) axis.get("tallest")).doubleValue())
        .as(at + "labels not leaning")
        .isLessThan(20);
    assertThat(axis.get("first")).isEqualTo(kind.equals("months") ? "Sep 2026" : "Sep 9");
  }

  private void waitForDrawing(String kind) {
    browser.waitForScript(
        "const chart = document.querySelector('#chart-"
            + kind
            + "');"
            + " return !!chart && chart.dataset.state === 'drawn'"
            + " && chart.querySelectorAll('svg path').length > 0",
        true);
  }

  /** Each chart is an SVG of drawn shapes, hidden from screen readers, filling its element. */
  @SuppressWarnings("unchecked")
  private void checkDrawings() {
    for (String kind : KINDS) {
      var drawn =
          (Map<String, Object>)
              browser.script(
                  "const chart = document.querySelector('#chart-"
                      + kind
                      + "');"
                      + " const svg = chart.querySelector('.otopair-chart-drawing svg');"
                      + " const box = svg.getBoundingClientRect();"
                      + " return { paths: svg.querySelectorAll('path').length,"
                      + " hidden: chart.querySelector('.otopair-chart-drawing')"
                      + ".getAttribute('aria-hidden'),"
                      + " width: box.width, height: box.height,"
                      + " chartHeight: chart.getBoundingClientRect().height }");
      assertThat(((Number) drawn.get("paths")).longValue()).as(kind + " shapes").isPositive();
      assertThat(drawn.get("hidden"))
          .as(kind + " drawing hidden from screen readers")
          .isEqualTo("true");
      assertThat(((Number) drawn.get("width")).doubleValue())
          .as(kind + " width")
          .isGreaterThan(200);
      assertThat(((Number) drawn.get("chartHeight")).doubleValue())
          .as(kind + " default height")
          .isEqualTo(260.0);
    }
  }

  /**
   * The tables are in the page for screen readers, with their numbers, but clipped to nothing: what
   * shows at the table's place is the drawing.
   */
  @SuppressWarnings("unchecked")
  private void checkTables() {
    for (String kind : KINDS) {
      var table =
          (Map<String, Object>)
              browser.script(
                  "const table = document.querySelector('#chart-"
                      + kind
                      + " .otopair-chart-table');"
                      + " table.scrollIntoView({ block: 'center' });"
                      + " const box = table.getBoundingClientRect();"
                      + " const seen = document.elementFromPoint(box.left + 1, box.top + 1);"
                      + " return { caption: table.caption ? table.caption.textContent : '',"
                      + " rows: table.rows.length, clip: getComputedStyle(table).clipPath,"
                      + " position: getComputedStyle(table).position,"
                      + " shown: !!seen && table.contains(seen) }");
      assertThat((String) table.get("caption")).as(kind + " caption").isNotBlank();
      assertThat(((Number) table.get("rows")).longValue()).as(kind + " rows").isPositive();
      assertThat(table.get("clip")).as(kind + " table clipped").isEqualTo("inset(50%)");
      assertThat(table.get("position")).as(kind + " table out of the flow").isEqualTo("absolute");
      assertThat(table.get("shown")).as(kind + " table seen at its place").isEqualTo(false);
    }
    assertThat(
            browser.script(
                "return document.querySelector('#chart-line .otopair-chart-table').textContent"))
        .asString()
        .contains("Bookings this week", "This week", "Last week", "Fri 11", "12");
    assertThat(browser.find(By.cssSelector("#chart-line")).getAttribute("aria-label"))
        .isEqualTo("Bookings this week");
  }

  private long number(String script) {
    return ((Number) browser.script(script)).longValue();
  }
}

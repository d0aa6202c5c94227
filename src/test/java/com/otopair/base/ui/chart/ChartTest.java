package com.otopair.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.Formats;
import com.otopair.base.Granularity;
import com.otopair.base.I18n;
import com.otopair.base.ui.chart.Chart.Cell;
import com.otopair.base.ui.chart.Chart.Series;
import com.otopair.base.ui.chart.Chart.ValueStyle;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What a chart sends to the browser (its {@code spec}) and what it says to screen readers (the
 * table, {@link Chart#describe()}), for each kind, in English and in French.
 */
class ChartTest {

  private static final List<String> DAYS = List.of("Mon", "Tue", "Wed");

  private static JsonNode spec(Chart chart) {
    return (JsonNode) chart.getElement().getPropertyRaw("spec");
  }

  private static List<Double> numbers(JsonNode array) {
    List<Double> values = new ArrayList<>();
    array.forEach(value -> values.add(value.isNull() ? null : value.asDouble()));
    return values;
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asString()));
    return values;
  }

  private static Element table(Chart chart) {
    return chart
        .getElement()
        .getChildren()
        .filter(child -> child.getClassList().contains("otopair-chart-table"))
        .findFirst()
        .orElseThrow();
  }

  /** The table as a screen reader meets it: the caption, then each row's cells joined by "|". */
  private static List<String> tableRows(Chart chart) {
    List<String> rows = new ArrayList<>();
    collectRows(table(chart), rows);
    return rows;
  }

  private static void collectRows(Element element, List<String> rows) {
    switch (element.getTag()) {
      case "caption" -> rows.add(element.getTextRecursively());
      case "tr" ->
          rows.add(
              String.join("|", element.getChildren().map(Element::getTextRecursively).toList()));
      default -> element.getChildren().forEach(child -> collectRows(child, rows));
    }
  }

  @Test
  void aLineSendsItsCategoriesSeriesAndStyleToTheBrowser() {
    Chart chart = Chart.line("Bookings", ValueStyle.COUNT);
    chart.setEmptyText("Bookings will show here once customers book.");
    chart.setSeries(
        DAYS,
        List.of(
            new Series("This week", List.of(3, 5, 0)), new Series("Last week", List.of(1, 2, 4))));

    JsonNode spec = spec(chart);
    assertThat(spec.get("kind").asString()).isEqualTo("line");
    assertThat(spec.get("style").asString()).isEqualTo("count");
    assertThat(spec.get("locale").asString()).isEqualTo("en-CA");
    assertThat(spec.get("title").asString()).isEqualTo("Bookings");
    assertThat(spec.get("empty").asBoolean()).isFalse();
    assertThat(spec.get("emptyText").asString())
        .isEqualTo("Bookings will show here once customers book.");
    assertThat(texts(spec.get("categories"))).containsExactly("Mon", "Tue", "Wed");
    assertThat(spec.get("series")).hasSize(2);
    assertThat(spec.get("series").get(0).get("name").asString()).isEqualTo("This week");
    assertThat(numbers(spec.get("series").get(0).get("values"))).containsExactly(3.0, 5.0, 0.0);
    assertThat(numbers(spec.get("series").get(1).get("values"))).containsExactly(1.0, 2.0, 4.0);
    assertThat(chart.getElement().getAttribute("role")).isEqualTo("figure");
    assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Bookings");
  }

  @Test
  void barsAndStackedBarsSayTheirKind() {
    Chart bar = Chart.bar("Revenue", ValueStyle.MONEY);
    bar.setCurrency("USD");
    bar.setSeries(DAYS, List.of(new Series("Revenue", List.of(120.5, 80, 0))));
    Chart stacked = Chart.stackedBar("Jobs", ValueStyle.COUNT);
    stacked.setSeries(
        DAYS, List.of(new Series("Done", List.of(1, 2, 3)), new Series("Open", List.of(4, 0, 1))));

    assertThat(spec(bar).get("kind").asString()).isEqualTo("bar");
    assertThat(spec(bar).get("style").asString()).isEqualTo("money");
    assertThat(spec(bar).get("currency").asString()).isEqualTo("USD");
    assertThat(bar.describe()).isEqualTo("Revenue: Mon $120.50 USD, Tue $80.00 USD, Wed $0.00 USD");
    assertThat(spec(stacked).get("kind").asString()).isEqualTo("stacked-bar");
    assertThat(stacked.describe())
        .isEqualTo("Done: Mon 1, Tue 2, Wed 3\nOpen: Mon 4, Tue 0, Wed 1");
  }

  @Test
  void aFunnelIsOneSeriesOverItsSteps() {
    Chart funnel = Chart.funnel("From intake to booking");
    funnel.setSeries(
        List.of("Intake", "Session", "Booking"),
        List.of(new Series("People", List.of(1200, 480, 96))));

    JsonNode spec = spec(funnel);
    assertThat(spec.get("kind").asString()).isEqualTo("funnel");
    assertThat(spec.get("style").asString()).isEqualTo("count");
    assertThat(texts(spec.get("categories"))).containsExactly("Intake", "Session", "Booking");
    assertThat(numbers(spec.get("series").get(0).get("values")))
        .containsExactly(1200.0, 480.0, 96.0);
    assertThat(funnel.describe()).isEqualTo("People: Intake 1,200, Session 480, Booking 96");
  }

  @Test
  void aHeatMapSendsItsCellsAndReadsRowByRow() {
    Chart heat = Chart.heatMap("Bookings by hour", ValueStyle.COUNT);
    heat.setCells(
        List.of("8 AM", "9 AM"),
        List.of("Mon", "Tue"),
        List.of(new Cell(0, 0, 2), new Cell(1, 0, 5), new Cell(1, 1, 1)));

    JsonNode spec = spec(heat);
    assertThat(spec.get("kind").asString()).isEqualTo("heat-map");
    assertThat(texts(spec.get("categories"))).containsExactly("8 AM", "9 AM");
    assertThat(texts(spec.get("rows"))).containsExactly("Mon", "Tue");
    assertThat(spec.get("cells")).hasSize(3);
    assertThat(numbers(spec.get("cells").get(1))).containsExactly(1.0, 0.0, 5.0);
    assertThat(heat.describe()).isEqualTo("Mon: 8 AM 2, 9 AM 5\nTue: 9 AM 1");
    // The table has every cell, the ones left out as 0.
    assertThat(tableRows(heat))
        .containsExactly("Bookings by hour", "|8 AM|9 AM", "Mon|2|5", "Tue|0|1");
  }

  @Test
  void aGaugeSendsItsValueOutOfItsMaximum() {
    Chart gauge = Chart.gauge("Utilisation", ValueStyle.PERCENT);
    gauge.setGauge(72, 100);

    JsonNode spec = spec(gauge);
    assertThat(spec.get("kind").asString()).isEqualTo("gauge");
    assertThat(spec.get("style").asString()).isEqualTo("percent");
    assertThat(spec.get("value").asDouble()).isEqualTo(72.0);
    assertThat(spec.get("max").asDouble()).isEqualTo(100.0);
    assertThat(spec.get("empty").asBoolean()).as("a gauge always has something to say").isFalse();
    assertThat(gauge.describe()).isEqualTo("Utilisation: 72%");
    assertThat(tableRows(gauge)).containsExactly("Utilisation", "72%");
  }

  @Test
  void theTableHasTheCaptionTheCategoriesAndOneRowPerSeries() {
    Chart chart = Chart.bar("Hours", ValueStyle.HOURS);
    chart.setSeries(
        DAYS,
        List.of(
            new Series("Booked", List.of(6.25, 7, 0.5)), new Series("Free", List.of(2, 1, 7.5))));

    assertThat(tableRows(chart))
        .containsExactly("Hours", "|Mon|Tue|Wed", "Booked|6.3|7|0.5", "Free|2|1|7.5");
    assertThat(chart.describe())
        .isEqualTo("Booked: Mon 6.3, Tue 7, Wed 0.5\nFree: Mon 2, Tue 1, Wed 7.5");
  }

  @Test
  void periodsGoToTheAxisShortAndToTheTableAndTooltipsInFull() {
    Formats formats = Formats.of(Locale.ENGLISH);
    List<LocalDate> days =
        List.of(LocalDate.of(2026, 9, 9), LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 11));
    Chart chart = Chart.line("Bookings", ValueStyle.COUNT);
    chart.setSeries(
        days.stream().map(formats::date).toList(),
        formats.axisLabels(Granularity.DAY, days),
        List.of(new Series("Booked", List.of(3, 5, 0))));

    JsonNode spec = spec(chart);
    assertThat(texts(spec.get("categories")))
        .containsExactly("Sep 9, 2026", "Sep 10, 2026", "Sep 11, 2026");
    assertThat(texts(spec.get("axisLabels"))).containsExactly("Sep 9", "Sep 10", "Sep 11");
    assertThat(chart.describe()).isEqualTo("Booked: Sep 9, 2026 3, Sep 10, 2026 5, Sep 11, 2026 0");
    assertThat(tableRows(chart)).contains("|Sep 9, 2026|Sep 10, 2026|Sep 11, 2026");

    chart.setSeries(List.of("Alex", "Béa"), List.of(new Series("Booked", List.of(1, 2))));
    assertThat(texts(spec(chart).get("axisLabels"))).isEmpty();
    assertThatThrownBy(
            () ->
                chart.setSeries(
                    List.of("Alex", "Béa"),
                    List.of("A"),
                    List.of(new Series("Booked", List.of(1, 2)))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(chart.getCategories()).containsExactly("Alex", "Béa");
  }

  @Test
  void weeksAreTheirMondayAndMonthsSayTheirYearWhereItChanges() {
    Formats english = Formats.of(Locale.ENGLISH);
    Formats french = Formats.of(Locale.CANADA_FRENCH);
    List<LocalDate> months =
        List.of(
            LocalDate.of(2026, 9, 1),
            LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 12, 1),
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 2, 1));

    assertThat(english.axisLabels(Granularity.WEEK, List.of(LocalDate.of(2026, 9, 7))))
        .containsExactly("Sep 7");
    assertThat(english.axisLabels(Granularity.MONTH, months))
        .containsExactly("Sep 2026", "Oct", "Dec", "Jan 2027", "Feb");
    assertThat(french.axisLabels(Granularity.MONTH, months))
        .containsExactly("sept. 2026", "oct.", "déc.", "janv. 2027", "févr.");
    assertThat(french.axisLabels(Granularity.DAY, List.of(LocalDate.of(2026, 9, 9))))
        .containsExactly("9 sept.");
  }

  @Test
  void describeSpeaksFrenchOnAFrenchPage() {
    Chart money =
        I18n.in(
            I18n.FRENCH,
            () -> {
              Chart chart = Chart.bar("Revenus", ValueStyle.MONEY);
              chart.setSeries(
                  List.of("lun.", "mar."), List.of(new Series("Revenus", List.of(1234.5, 80))));
              return chart;
            });
    Chart ratings =
        I18n.in(
            I18n.FRENCH,
            () -> {
              Chart chart = Chart.line("Note", ValueStyle.RATING);
              chart.setSeries(
                  List.of("oct.", "nov."), List.of(new Series("Note", List.of(4.75, 4.2))));
              return chart;
            });
    Chart shares =
        I18n.in(
            I18n.FRENCH,
            () -> {
              Chart chart = Chart.gauge("Occupation", ValueStyle.PERCENT);
              chart.setGauge(42, 100);
              return chart;
            });

    assertThat(spec(money).get("locale").asString()).isEqualTo("fr-CA");
    assertThat(I18n.in(I18n.FRENCH, money::describe))
        .isEqualTo("Revenus: lun. 1\u00a0234,50\u00a0$ CAD, mar. 80,00\u00a0$ CAD");
    assertThat(I18n.in(I18n.FRENCH, ratings::describe)).isEqualTo("Note: oct. 4,8, nov. 4,2");
    assertThat(I18n.in(I18n.FRENCH, shares::describe)).isEqualTo("Occupation: 42\u00a0%");
    assertThat(tableRows(money)).contains("Revenus|1\u00a0234,50\u00a0$ CAD|80,00\u00a0$ CAD");
  }

  @Test
  void nothingToDrawIsEmptyAndTheBrowserShowsTheSentence() {
    Chart none = Chart.line("Bookings", ValueStyle.COUNT);
    none.setEmptyText("Bookings will show here once customers book.");
    assertThat(spec(none).get("empty").asBoolean()).as("no categories").isTrue();

    none.setSeries(DAYS, List.of(new Series("Bookings", List.of(0, 0, 0))));
    assertThat(none.isEmpty()).as("only zeros").isTrue();
    assertThat(spec(none).get("empty").asBoolean()).isTrue();
    assertThat(spec(none).get("emptyText").asString())
        .isEqualTo("Bookings will show here once customers book.");

    Chart heat = Chart.heatMap("Bookings by hour", ValueStyle.COUNT);
    heat.setCells(List.of("8 AM"), List.of("Mon"), List.of());
    assertThat(spec(heat).get("empty").asBoolean()).as("a heat map without cells").isTrue();

    none.setSeries(DAYS, List.of(new Series("Bookings", List.of(0, 1, 0))));
    assertThat(spec(none).get("empty").asBoolean()).as("one booking is something").isFalse();
  }

  @Test
  void aSeriesWithoutOneValuePerCategoryIsRefusedAndTheChartKeepsItsNumbers() {
    Chart chart = Chart.bar("Bookings", ValueStyle.COUNT);
    chart.setSeries(DAYS, List.of(new Series("Bookings", List.of(1, 2, 3))));

    assertThatThrownBy(() -> chart.setSeries(DAYS, List.of(new Series("Bookings", List.of(1, 2)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Bookings: 2 values, 3 categories");
    assertThat(chart.describe()).isEqualTo("Bookings: Mon 1, Tue 2, Wed 3");
    assertThat(numbers(spec(chart).get("series").get(0).get("values")))
        .containsExactly(1.0, 2.0, 3.0);
  }

  @Test
  void cellsOutsideTheGridAndGaugesOfNothingAreRefused() {
    Chart heat = Chart.heatMap("Bookings by hour", ValueStyle.COUNT);
    assertThatThrownBy(
            () -> heat.setCells(List.of("8 AM"), List.of("Mon"), List.of(new Cell(1, 0, 3))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> heat.setCells(List.of("8 AM"), List.of("Mon"), List.of(new Cell(0, -1, 3))))
        .isInstanceOf(IllegalArgumentException.class);

    Chart gauge = Chart.gauge("Utilisation", ValueStyle.PERCENT);
    assertThatThrownBy(() -> gauge.setGauge(3, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> gauge.setGauge(3, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMissingValueTravelsAsNullAndReadsAsADash() {
    Chart chart = Chart.line("No-show rate", ValueStyle.PERCENT);
    chart.setSeries(DAYS, List.of(new Series("No-shows", List.of(10, Double.NaN, 5))));

    assertThat(numbers(spec(chart).get("series").get(0).get("values")))
        .containsExactly(10.0, null, 5.0);
    assertThat(chart.describe()).isEqualTo("No-shows: Mon 10%, Tue –, Wed 5%");

    Chart gauge = Chart.gauge("Utilisation", ValueStyle.PERCENT);
    gauge.setGauge(Double.NaN, 100);
    assertThat(spec(gauge).get("value").isNull()).isTrue();
    assertThat(gauge.describe()).isEqualTo("Utilisation: –");

    Chart nothing = Chart.line("No-show rate", ValueStyle.PERCENT);
    nothing.setSeries(DAYS, List.of(new Series("No-shows", List.of(Double.NaN, Double.NaN, 0))));
    assertThat(nothing.isEmpty()).as("nothing but gaps and zeros").isTrue();
  }

  @Test
  void newNumbersReplaceTheOldOnesInTheDrawingAndTheTable() {
    Chart chart = Chart.bar("Bookings", ValueStyle.COUNT);
    chart.setSeries(DAYS, List.of(new Series("Bookings", List.of(1, 2, 3))));
    Element table = table(chart);

    chart.setSeries(
        List.of("Tue", "Wed", "Thu"), List.of(new Series("Bookings", List.of(2, 4, 7))));

    assertThat(texts(spec(chart).get("categories"))).containsExactly("Tue", "Wed", "Thu");
    assertThat(numbers(spec(chart).get("series").get(0).get("values")))
        .containsExactly(2.0, 4.0, 7.0);
    assertThat(table(chart)).as("the same table, its rows rewritten").isEqualTo(table);
    assertThat(tableRows(chart)).containsExactly("Bookings", "|Tue|Wed|Thu", "Bookings|2|4|7");
    assertThat(chart.describe()).isEqualTo("Bookings: Tue 2, Wed 4, Thu 7");

    Chart gauge = Chart.gauge("Utilisation", ValueStyle.PERCENT);
    gauge.setGauge(40, 100);
    gauge.setGauge(65, 100);
    assertThat(spec(gauge).get("value").asDouble()).isEqualTo(65.0);
    assertThat(tableRows(gauge)).containsExactly("Utilisation", "65%");
  }

  @Test
  void aNewTitleRenamesTheChartForScreenReaders() {
    Chart chart = Chart.line("Bookings", ValueStyle.COUNT);
    chart.setTitle("Bookings this week");

    assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Bookings this week");
    assertThat(spec(chart).get("title").asString()).isEqualTo("Bookings this week");
    assertThat(tableRows(chart)).first().isEqualTo("Bookings this week");
  }
}

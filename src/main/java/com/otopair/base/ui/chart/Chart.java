package com.otopair.base.ui.chart;

import com.otopair.base.Formats;
import com.otopair.base.Money;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.NativeTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chart over Apache ECharts: a line, bar, stacked bar, funnel, heat map or gauge, drawn in the
 * browser from the numbers the server gives, in the page's language, resized with its container.
 *
 * <p><b>Same numbers in words.</b> Every chart carries a table of its numbers (a light-DOM child,
 * visually hidden, read by screen readers; {@link #describe()} returns its text for tests), and its
 * title as its accessible name. A chart with no data shows {@link #setEmptyText(String) one
 * sentence} instead of empty axes.
 *
 * <p><b>Live.</b> Call {@link #setSeries} (or {@link #setGauge}) again with new numbers; the
 * browser redraws without a flash. State lives in element properties ({@code spec}), so a
 * re-attached chart comes back as it was.
 *
 * <pre>{@code
 * var chart = Chart.line(t("crm.analytics.bookings"), ValueStyle.COUNT);
 * chart.setSeries(days, List.of(new Series(t("crm.analytics.bookings"), counts)));
 * }</pre>
 */
@Tag("otopair-chart")
@NpmPackage(value = "echarts", version = Chart.ECHARTS_VERSION)
@JsModule("./chart/otopair-chart.js")
@CssImport("./chart/otopair-chart.css")
public class Chart extends Component implements HasSize, HasStyle, HasAriaLabel {

  /** The ECharts release the client side is built against. */
  public static final String ECHARTS_VERSION = "6.1.0";

  /** What the chart draws. */
  public enum Kind {
    LINE("line"),
    BAR("bar"),
    STACKED_BAR("stacked-bar"),
    FUNNEL("funnel"),
    HEAT_MAP("heat-map"),
    GAUGE("gauge");

    private final String wire;

    Kind(String wire) {
      this.wire = wire;
    }
  }

  /**
   * How values read: {@code COUNT} whole numbers, {@code MONEY} amounts in major units of the
   * {@linkplain #setCurrency(String) currency}, {@code PERCENT} 0 to 100, {@code RATING} stars to
   * one decimal, {@code HOURS} hours to one decimal.
   */
  public enum ValueStyle {
    COUNT,
    MONEY,
    PERCENT,
    RATING,
    HOURS
  }

  /**
   * One named row of values, one per category (or funnel step). A value that is not a finite number
   * ({@code Double.NaN}: a rate of nothing) is missing: a gap in the drawing, "–" in the table.
   */
  public record Series(String name, List<? extends Number> values) {
    public Series {
      Objects.requireNonNull(name);
      values = List.copyOf(values);
    }
  }

  /** One cell of a heat map: column {@code x}, row {@code y}, counted from 0. */
  public record Cell(int x, int y, double value) {}

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** How the table writes a missing value (and the browser too). */
  private static final String MISSING = "–";

  private final Kind kind;
  private final ValueStyle style;
  private final NativeTable table = new NativeTable();
  private String currency = "CAD";
  private String title = "";
  private @Nullable String emptyText;
  private List<String> categories = List.of();
  private List<String> axisLabels = List.of();
  private List<Series> series = List.of();
  private List<String> rows = List.of();
  private List<Cell> cells = List.of();
  private double gaugeValue;
  private double gaugeMax = 100;

  public Chart(Kind kind, ValueStyle style, String title) {
    this.kind = Objects.requireNonNull(kind);
    this.style = Objects.requireNonNull(style);
    table.addClassName("otopair-chart-table");
    getElement().appendChild(table.getElement());
    getElement().setAttribute("role", "figure");
    setTitle(title);
  }

  public static Chart line(String title, ValueStyle style) {
    return new Chart(Kind.LINE, style, title);
  }

  public static Chart bar(String title, ValueStyle style) {
    return new Chart(Kind.BAR, style, title);
  }

  public static Chart stackedBar(String title, ValueStyle style) {
    return new Chart(Kind.STACKED_BAR, style, title);
  }

  /** A funnel: {@link #setSeries} with the steps as categories and one series of counts. */
  public static Chart funnel(String title) {
    return new Chart(Kind.FUNNEL, ValueStyle.COUNT, title);
  }

  /** A heat map: {@link #setCells} with column and row labels. */
  public static Chart heatMap(String title, ValueStyle style) {
    return new Chart(Kind.HEAT_MAP, style, title);
  }

  /** A gauge: {@link #setGauge} with a value out of a maximum. */
  public static Chart gauge(String title, ValueStyle style) {
    return new Chart(Kind.GAUGE, style, title);
  }

  public Kind getKind() {
    return kind;
  }

  /** The chart's name: its accessible name and the table's caption. */
  public void setTitle(String title) {
    this.title = Objects.requireNonNull(title);
    setAriaLabel(title);
    write();
  }

  /** The currency of {@link ValueStyle#MONEY} values (ISO code); CAD unless set. */
  public void setCurrency(String currency) {
    this.currency = Objects.requireNonNull(currency);
    write();
  }

  /** What the chart says instead of drawing when it has nothing to show. */
  public void setEmptyText(String emptyText) {
    this.emptyText = emptyText;
    write();
  }

  /** Categories along the x axis (or a funnel's steps) and one or more series over them. */
  public void setSeries(List<String> categories, List<Series> series) {
    setSeries(categories, List.of(), series);
  }

  /**
   * Categories with shorter names for the axis ({@code axisLabels}, one per category, e.g. "Sep 9"
   * for "Sep 9, 2026"; empty for none), and the series over them. The axis shows the short names,
   * as many as fit without overlapping; tooltips and the table keep the full ones.
   */
  public void setSeries(List<String> categories, List<String> axisLabels, List<Series> series) {
    if (!axisLabels.isEmpty() && axisLabels.size() != categories.size()) {
      throw new IllegalArgumentException(axisLabels.size() + " axis labels, " + categories.size());
    }
    for (Series one : series) {
      if (one.values().size() != categories.size()) {
        throw new IllegalArgumentException(
            one.name()
                + ": "
                + one.values().size()
                + " values, "
                + categories.size()
                + " categories");
      }
    }
    this.categories = List.copyOf(categories);
    this.axisLabels = List.copyOf(axisLabels);
    this.series = List.copyOf(series);
    write();
  }

  /**
   * A heat map's column labels, row labels and cells; a cell left out counts 0. A cell outside the
   * columns and rows is refused.
   */
  public void setCells(List<String> columns, List<String> rows, List<Cell> cells) {
    for (Cell cell : cells) {
      if (cell.x() < 0 || cell.x() >= columns.size() || cell.y() < 0 || cell.y() >= rows.size()) {
        throw new IllegalArgumentException(cell + " outside " + columns.size() + "x" + rows.size());
      }
    }
    this.categories = List.copyOf(columns);
    this.axisLabels = List.of();
    this.rows = List.copyOf(rows);
    this.cells = List.copyOf(cells);
    write();
  }

  /**
   * A gauge's value out of {@code max} (positive): the arc stops at the maximum, the figure says
   * the value. A value that is not a finite number is missing ("–").
   */
  public void setGauge(double value, double max) {
    if (!Double.isFinite(max) || max <= 0) {
      throw new IllegalArgumentException("A gauge's maximum must be positive, not " + max);
    }
    this.gaugeValue = value;
    this.gaugeMax = max;
    write();
  }

  public List<String> getCategories() {
    return categories;
  }

  /** The categories' short names on the axis; empty when the axis shows the categories. */
  public List<String> getAxisLabels() {
    return axisLabels;
  }

  public List<Series> getSeries() {
    return series;
  }

  public List<Cell> getCells() {
    return cells;
  }

  public double getGaugeValue() {
    return gaugeValue;
  }

  /** True when there is nothing to draw: no categories, or every value is zero or missing. */
  public boolean isEmpty() {
    return switch (kind) {
      case GAUGE -> false;
      case HEAT_MAP -> cells.stream().allMatch(cell -> nothing(cell.value()));
      default ->
          categories.isEmpty()
              || series.stream()
                  .flatMap(one -> one.values().stream())
                  .allMatch(value -> nothing(value.doubleValue()));
    };
  }

  private static boolean nothing(double value) {
    return !Double.isFinite(value) || value == 0;
  }

  /**
   * The text of the table a screen reader reads, row by row ("Bookings: Mon 3, Tue 5"): what tests
   * compare with the database.
   */
  public String describe() {
    Formats formats = Formats.current();
    List<String> lines = new ArrayList<>();
    switch (kind) {
      case GAUGE -> lines.add(title + ": " + format(formats, gaugeValue));
      case HEAT_MAP -> {
        for (int y = 0; y < rows.size(); y++) {
          List<String> parts = new ArrayList<>();
          for (Cell cell : cells) {
            if (cell.y() == y) {
              parts.add(categories.get(cell.x()) + " " + format(formats, cell.value()));
            }
          }
          lines.add(rows.get(y) + ": " + String.join(", ", parts));
        }
      }
      default -> {
        for (Series one : series) {
          List<String> parts = new ArrayList<>();
          for (int i = 0; i < categories.size(); i++) {
            parts.add(categories.get(i) + " " + format(formats, one.values().get(i).doubleValue()));
          }
          lines.add(one.name() + ": " + String.join(", ", parts));
        }
      }
    }
    return String.join("\n", lines);
  }

  /** One value as the table writes it, in the page's language. */
  public String format(double value) {
    return format(Formats.current(), value);
  }

  private String format(Formats formats, double value) {
    if (!Double.isFinite(value)) {
      return MISSING;
    }
    return switch (style) {
      case COUNT -> formats.count(Math.round(value));
      case MONEY ->
          formats.money(
              Money.of(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP), currency));
      case PERCENT -> formats.share(value / 100);
      case RATING -> formats.rating(value);
      case HOURS -> formats.quantity(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP));
    };
  }

  // ---- state sent to the browser (one element property, so it survives detach and re-attach)

  private void write() {
    Formats formats = Formats.current();
    ObjectNode spec = JSON.objectNode();
    spec.put("kind", kind.wire);
    spec.put("locale", numbersTag(formats.locale()));
    spec.put("style", style.name().toLowerCase(java.util.Locale.ROOT));
    spec.put("currency", currency);
    spec.put("title", title);
    spec.put("empty", isEmpty());
    spec.put("emptyText", emptyText == null ? "" : emptyText);
    ArrayNode names = spec.putArray("categories");
    categories.forEach(names::add);
    ArrayNode shortNames = spec.putArray("axisLabels");
    axisLabels.forEach(shortNames::add);
    ArrayNode data = spec.putArray("series");
    for (Series one : series) {
      ObjectNode entry = data.addObject();
      entry.put("name", one.name());
      ArrayNode values = entry.putArray("values");
      one.values().forEach(value -> addValue(values, value.doubleValue()));
    }
    ArrayNode rowNames = spec.putArray("rows");
    rows.forEach(rowNames::add);
    ArrayNode cellData = spec.putArray("cells");
    for (Cell cell : cells) {
      addValue(cellData.addArray().add(cell.x()).add(cell.y()), cell.value());
    }
    if (Double.isFinite(gaugeValue)) {
      spec.put("value", gaugeValue);
    } else {
      spec.putNull("value");
    }
    spec.put("max", gaugeMax);
    getElement().setPropertyJson("spec", spec);
    ChartTable.fill(
        table,
        kind,
        title,
        categories,
        series,
        rows,
        cells,
        gaugeValue,
        value -> format(formats, value));
  }

  /**
   * The browser's locale for numbers: {@link Formats} writes them the Canadian way in both
   * languages ("$85.00", "85,00 $"), so a language alone ("en") gets Canada's conventions.
   */
  static String numbersTag(java.util.Locale locale) {
    return locale.getCountry().isEmpty() ? locale.getLanguage() + "-CA" : locale.toLanguageTag();
  }

  /** JSON has no NaN or infinity: a missing value travels as null. */
  private static void addValue(ArrayNode values, double value) {
    if (Double.isFinite(value)) {
      values.add(value);
    } else {
      values.addNull();
    }
  }
}

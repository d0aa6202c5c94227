package com.otopair.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * How dates, times, zones and money read for people, in pages, mails and PDFs: the one place that
 * builds formatters for them (machine formats, the API's ISO and a calendar file's UTC, stay where
 * they are). Otopair speaks English and Québec French; any other locale reads as English.
 *
 * <p>An appointment's time is in the shop's zone and never ambiguous. Where clocks fall back, an
 * hour happens twice; a time inside it carries the zone's abbreviation ("1:00 AM EST"), which says
 * which of the two it is. Other times read as plain wall times ("9:00 AM").
 *
 * <p>A zone is named the way its people name it, the same all year: "Eastern Time", "Pacific Time",
 * "Newfoundland Time" ("heure de l’Est" in French), the generic names of the Unicode CLDR that the
 * JDK carries. Customers meet them on tickets, broadcasts and government sites; they fit every shop
 * of a zone (a Montreal shop is on Eastern Time, not "Toronto time", which is what a name taken
 * from the zone's id would say); and they come translated.
 *
 * <p>Operators' screens (logs, admin lists) show one clock for everyone: UTC, said so.
 */
public final class Formats {

  private static final Formats ENGLISH =
      new Formats(
          Locale.ENGLISH,
          Locale.CANADA,
          "h:mm a",
          "h a",
          "EEEE, MMMM d",
          "EEE, MMM d",
          "MMM d",
          "MMM d, uuuu",
          "MMMM d, uuuu",
          "MMM d, uuuu, HH:mm:ss 'UTC'",
          "%s at %s");
  private static final Formats FRENCH =
      new Formats(
          Locale.CANADA_FRENCH,
          Locale.CANADA_FRENCH,
          "H 'h' mm",
          "H 'h'",
          "EEEE d MMMM",
          "EEE d MMM",
          "d MMM",
          "d MMM uuuu",
          "d MMMM uuuu",
          "d MMM uuuu, HH:mm:ss 'UTC'",
          "%s à %s");

  private final Locale locale;
  private final Locale numbers;
  private final DateTimeFormatter time;
  private final TimeStyle timeStyle;
  private final DateTimeFormatter day;
  private final DateTimeFormatter shortDay;
  private final DateTimeFormatter monthDay;
  private final DateTimeFormatter date;
  private final DateTimeFormatter longDate;
  private final DateTimeFormatter logged;
  private final DateTimeFormatter abbreviation;
  private final DateTimeFormatter month;
  private final DateTimeFormatter shortMonth;
  private final DateTimeFormatter shortMonthYear;
  private final String dayAtTime;

  private Formats(
      Locale locale,
      Locale numbers,
      String time,
      String hour,
      String day,
      String shortDay,
      String monthDay,
      String date,
      String longDate,
      String logged,
      String dayAtTime) {
    this.locale = locale;
    this.numbers = numbers;
    this.time = DateTimeFormatter.ofPattern(time, locale);
    DateTimeFormatter meridiem = DateTimeFormatter.ofPattern("a", locale);
    this.timeStyle =
        new TimeStyle(
            time, hour, meridiem.format(LocalTime.of(9, 0)), meridiem.format(LocalTime.of(21, 0)));
    this.day = DateTimeFormatter.ofPattern(day, locale);
    this.shortDay = DateTimeFormatter.ofPattern(shortDay, locale);
    this.monthDay = DateTimeFormatter.ofPattern(monthDay, locale);
    this.date = DateTimeFormatter.ofPattern(date, locale);
    this.longDate = DateTimeFormatter.ofPattern(longDate, locale);
    this.logged = DateTimeFormatter.ofPattern(logged, locale).withZone(ZoneOffset.UTC);
    this.abbreviation = DateTimeFormatter.ofPattern("zzz", locale);
    this.month = DateTimeFormatter.ofPattern("MMMM uuuu", locale);
    this.shortMonth = DateTimeFormatter.ofPattern("MMM", locale);
    this.shortMonthYear = DateTimeFormatter.ofPattern("MMM uuuu", locale);
    this.dayAtTime = dayAtTime;
  }

  /** French for a French locale (of Québec or elsewhere), English for any other. */
  public static Formats of(Locale locale) {
    return locale.getLanguage().equals(Locale.FRENCH.getLanguage()) ? FRENCH : ENGLISH;
  }

  /**
   * For the reader: the page's language, or outside a page the one {@link I18n#in} set (a mail's
   * recipient's), as {@link I18n#current()} says.
   */
  public static Formats current() {
    return of(I18n.current());
  }

  public Locale locale() {
    return locale;
  }

  /** "9:00 AM", or "1:00 AM EST" for the second 1:00 AM of a fall-back night in Toronto. */
  public String time(Instant at, ZoneId zone) {
    ZonedDateTime local = at.atZone(zone);
    String shown = time.format(local);
    return isRepeated(local) ? shown + " " + abbreviation.format(local) : shown;
  }

  /** A wall time that belongs to no day, like an opening hour: "5:30 PM", "17 h 30". */
  public String time(LocalTime wall) {
    return time.format(wall);
  }

  /**
   * How {@link #time(LocalTime)} writes a wall time, for a formatter in the browser (the calendar's
   * time axis and event times).
   */
  public TimeStyle timeStyle() {
    return timeStyle;
  }

  /** "Monday", "lundi". */
  public String weekday(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, locale);
  }

  /** "Mon", "lun.": a weekday in a narrow column. */
  public String shortWeekday(DayOfWeek day) {
    return day.getDisplayName(TextStyle.SHORT, locale);
  }

  /** The months of the year, January first: a date picker's titles. */
  public List<String> months() {
    return Arrays.stream(Month.values())
        .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale))
        .toList();
  }

  /** The days of the week, Sunday first, full ("Monday") or short ("Mon"): a date picker's. */
  public List<String> weekdays(boolean full) {
    return IntStream.range(0, 7)
        .mapToObj(
            i ->
                DayOfWeek.SUNDAY
                    .plus(i)
                    .getDisplayName(full ? TextStyle.FULL : TextStyle.SHORT, locale))
        .toList();
  }

  /** "M", "L": a calendar's column heading on a phone. */
  public String narrowWeekday(DayOfWeek day) {
    return day.getDisplayName(TextStyle.NARROW, locale);
  }

  /** "8:00 AM to 5:00 PM", "8 h 00 à 17 h 00": opening hours in a sentence. */
  public String hours(LocalTime opens, LocalTime closes) {
    return time(opens) + (locale.getLanguage().equals("fr") ? " à " : " to ") + time(closes);
  }

  /** "Monday, March 9", "lundi 9 mars". */
  public String day(LocalDate date) {
    return day.format(date);
  }

  /** The day of an instant in a zone: "Monday, March 9". */
  public String day(Instant at, ZoneId zone) {
    return day.format(at.atZone(zone));
  }

  /** "Monday, March 9 at 9:00 AM", "lundi 9 mars à 9 h 00". */
  public String dayAndTime(Instant at, ZoneId zone) {
    return dayAtTime.formatted(day(at, zone), time(at, zone));
  }

  /** "Monday, March 9 at 9:00 AM (Eastern Time)": the long form, with the zone named. */
  public String when(Instant at, ZoneId zone) {
    return dayAndTime(at, zone) + " (" + zone(zone) + ")";
  }

  /** "Mon, Mar 9, 9:00 AM": for lists and notices, where the zone is said once nearby. */
  public String shortWhen(Instant at, ZoneId zone) {
    return shortDay.format(at.atZone(zone)) + ", " + time(at, zone);
  }

  /**
   * "Mon, Mar 9, 9:00 AM · Vancouver": a time in a list whose rows are in different zones, each
   * named by its place ({@link #place}).
   */
  public String shortWhenIn(Instant at, ZoneId zone) {
    return shortWhen(at, zone) + " · " + place(zone);
  }

  /**
   * The place a zone is named after, as a list names it beside a time: "Vancouver", "St. John's",
   * "Buenos Aires"; a zone that names no place (UTC, an offset) by its long name.
   */
  public String place(ZoneId zone) {
    String id = zone.getId();
    int slash = id.lastIndexOf('/');
    if (slash < 0 || zone instanceof ZoneOffset || id.startsWith("Etc/")) {
      return zone(zone);
    }
    String place = id.substring(slash + 1).replace('_', ' ');
    return place.equals("St Johns") ? "St. John's" : place;
  }

  /** "Mon, Mar 9". */
  public String shortDay(TemporalAccessor date) {
    return shortDay.format(date);
  }

  /** "Mar 9", "9 mars". */
  public String monthDay(Instant at, ZoneId zone) {
    return monthDay.format(at.atZone(zone));
  }

  /** "Mar 9", "9 mars": a day whose year is said nearby. */
  public String monthDay(LocalDate date) {
    return monthDay.format(date);
  }

  /**
   * Short names of consecutive periods (each given by its first day) for a chart's axis, whose
   * table keeps the full names: a day or a week (its Monday) "Mar 9" ("9 mars"); a month "Mar"
   * ("mars"), with its year on the first month and wherever the year changes ("Mar 2027").
   */
  public List<String> axisLabels(Granularity granularity, List<LocalDate> starts) {
    List<String> labels = new ArrayList<>(starts.size());
    int year = Integer.MIN_VALUE;
    for (LocalDate start : starts) {
      labels.add(
          switch (granularity) {
            case DAY, WEEK -> monthDay.format(start);
            case MONTH -> (start.getYear() != year ? shortMonthYear : shortMonth).format(start);
          });
      year = start.getYear();
    }
    return labels;
  }

  /** "Mar 9, 2027", "9 mars 2027". */
  public String date(LocalDate date) {
    return this.date.format(date);
  }

  /** The date of an instant in a zone: "Mar 9, 2027". */
  public String date(Instant at, ZoneId zone) {
    return date.format(at.atZone(zone));
  }

  /** "March 9, 2027", "9 mars 2027": documents such as invoices. */
  /** A month as a calendar's title says it: "March 2027", "mars 2027". */
  public String month(YearMonth month) {
    return this.month.format(month);
  }

  public String longDate(LocalDate date) {
    return longDate.format(date);
  }

  /** The zone as its people name it, the same all year: "Eastern Time", "heure de l’Est". */
  public String zone(ZoneId zone) {
    return zone.getDisplayName(TextStyle.FULL, locale);
  }

  /** When something happened, for operators: "Mar 9, 2027, 14:05:09 UTC". */
  public String logged(Instant at) {
    return logged.format(at);
  }

  /** "$85.00 CAD", "85,00 $ CAD": the cents always, and the currency said. */
  public String money(Money money) {
    NumberFormat format = currency(money.currency());
    String amount = format.format(money.amount());
    return amount.contains(money.currency()) ? amount : amount + " " + money.currency();
  }

  /** How long a service takes: "45 min", "2 h", "1 h 30 min" (the same in French). */
  public String duration(int minutes) {
    int hours = minutes / 60;
    int rest = minutes % 60;
    if (hours == 0) {
      return rest + " min";
    }
    return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
  }

  /** {@code part} of {@code whole} as a whole percentage: "42%", "42 %"; "0%" of nothing. */
  public String percent(int part, int whole) {
    NumberFormat format = NumberFormat.getPercentInstance(numbers);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(whole == 0 ? 0 : (double) part / whole);
  }

  /** A share already computed as a fraction (0.42): "42%", "42 %", to the whole percent. */
  public String share(double fraction) {
    NumberFormat format = NumberFormat.getPercentInstance(numbers);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(fraction);
  }

  /** A count with the locale's grouping: "12,480", "12 480". */
  public String count(long count) {
    return NumberFormat.getIntegerInstance(numbers).format(count);
  }

  /** "1.5", "1,5": a quantity or a number of hours, to the hundredth at most. */
  public String quantity(BigDecimal quantity) {
    NumberFormat format = NumberFormat.getNumberInstance(numbers);
    format.setMaximumFractionDigits(2);
    return format.format(quantity);
  }

  /** "4.8", "4,8": a rating's average of stars, always to one decimal (4.75 is "4.8"). */
  public String rating(double average) {
    NumberFormat format = NumberFormat.getNumberInstance(numbers);
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(BigDecimal.valueOf(average));
  }

  /** "$85.00", "85,00 $": an amount in a column whose total says the currency once. */
  public String amount(Money money) {
    return currency(money.currency()).format(money.amount());
  }

  /** "$85" or "$133.50": a short price beside its service, in the shop's currency. */
  public String price(Money money) {
    NumberFormat format = currency(money.currency());
    BigDecimal amount = money.amount();
    if (amount.stripTrailingZeros().scale() <= 0) {
      format.setMinimumFractionDigits(0);
      format.setMaximumFractionDigits(0);
    }
    return format.format(amount);
  }

  /** The reader's number format with the currency's own sign ("$", not "US$" or "CA$"). */
  private NumberFormat currency(String code) {
    var format = (DecimalFormat) NumberFormat.getCurrencyInstance(numbers);
    Currency currency = Currency.getInstance(code);
    format.setCurrency(currency);
    String sign = currency.getSymbol(numbers).replaceAll("[\\p{L}\\p{Z}\\s]", "");
    if (!sign.isEmpty()) {
      var symbols = format.getDecimalFormatSymbols();
      symbols.setCurrencySymbol(sign);
      format.setDecimalFormatSymbols(symbols);
    }
    return format;
  }

  /** Whether the wall time happens twice that day: inside the hour that repeats. */
  private static boolean isRepeated(ZonedDateTime local) {
    return local.getZone().getRules().getValidOffsets(local.toLocalDateTime()).size() > 1;
  }
}

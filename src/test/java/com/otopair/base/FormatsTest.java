package com.otopair.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Times for people: the wall time alone, and the zone's abbreviation only where the wall time
 * happens twice (the hour clocks repeat when they fall back), in a whole-hour zone of each
 * hemisphere and in a half-hour zone; the zone named one way, in English and in Québec French; and
 * money with its cents.
 */
class FormatsTest {

  private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
  private static final Formats ENGLISH = Formats.of(Locale.ENGLISH);
  private static final Formats FRENCH = Formats.of(Locale.CANADA_FRENCH);

  @ParameterizedTest
  @CsvSource({
    "America/Toronto,  2027-11-07T05:00:00Z, 1:00 AM EDT",
    "America/Toronto,  2027-11-07T06:00:00Z, 1:00 AM EST",
    "Australia/Sydney, 2027-04-03T15:00:00Z, 2:00 AM AEDT",
    "Australia/Sydney, 2027-04-03T16:00:00Z, 2:00 AM AEST",
    "America/St_Johns, 2027-11-07T03:30:00Z, 1:00 AM NDT",
    "America/St_Johns, 2027-11-07T04:30:00Z, 1:00 AM NST"
  })
  void aTimeInsideTheRepeatedHourSaysWhichOfTheTwoItIs(String zone, Instant at, String shown) {
    assertThat(ENGLISH.time(at, ZoneId.of(zone))).isEqualTo(shown);
  }

  @ParameterizedTest
  @CsvSource({
    // The same fall-back days, outside the repeated hour, and an ordinary day.
    "America/Toronto,  2027-11-07T04:30:00Z, 12:30 AM",
    "America/Toronto,  2027-11-07T07:00:00Z, 2:00 AM",
    "America/Toronto,  2027-03-15T13:00:00Z, 9:00 AM",
    "America/Toronto,  2027-03-15T17:00:00Z, 1:00 PM",
    "Australia/Sydney, 2027-04-03T17:00:00Z, 3:00 AM",
    "America/St_Johns, 2027-11-07T12:30:00Z, 9:00 AM"
  })
  void aTimeThatHappensOnceIsShownWithoutTheZone(String zone, Instant at, String shown) {
    assertThat(ENGLISH.time(at, ZoneId.of(zone))).isEqualTo(shown);
  }

  @Test
  void theLongFormNamesTheDayAndTheZoneAsCustomersSayIt() {
    assertThat(ENGLISH.when(Instant.parse("2027-11-07T06:00:00Z"), TORONTO))
        .isEqualTo("Sunday, November 7 at 1:00 AM EST (Eastern Time)");
    assertThat(ENGLISH.when(Instant.parse("2027-11-08T14:00:00Z"), TORONTO))
        .isEqualTo("Monday, November 8 at 9:00 AM (Eastern Time)");
    assertThat(ENGLISH.dayAndTime(Instant.parse("2027-11-07T05:00:00Z"), TORONTO))
        .isEqualTo("Sunday, November 7 at 1:00 AM EDT");
  }

  @Test
  void aZoneHasOneNameAllYearWhateverCityItIsNamedAfter() {
    assertThat(ENGLISH.zone(TORONTO)).isEqualTo("Eastern Time");
    // Montreal's shops are on Toronto's clock and must not read "Toronto time".
    assertThat(ENGLISH.zone(ZoneId.of("America/Montreal"))).isEqualTo("Eastern Time");
    assertThat(ENGLISH.zone(ZoneId.of("America/St_Johns"))).isEqualTo("Newfoundland Time");
    assertThat(ENGLISH.zone(ZoneId.of("America/Vancouver"))).isEqualTo("Pacific Time");
    assertThat(FRENCH.zone(TORONTO)).isEqualTo("heure de l’Est");
  }

  @Test
  void frenchReadsAsInQuebec() {
    Instant mondayNine = Instant.parse("2027-03-08T14:00:00Z");

    assertThat(FRENCH.dayAndTime(mondayNine, TORONTO)).isEqualTo("lundi 8 mars à 9 h 00");
    assertThat(FRENCH.when(mondayNine, TORONTO))
        .isEqualTo("lundi 8 mars à 9 h 00 (heure de l’Est)");
    assertThat(FRENCH.time(Instant.parse("2027-11-07T06:00:00Z"), TORONTO)).isEqualTo("1 h 00 HNE");
    assertThat(FRENCH.time(LocalTime.of(17, 30))).isEqualTo("17 h 30");
    assertThat(FRENCH.date(LocalDate.of(2027, 3, 8))).isEqualTo("8 mars 2027");
    assertThat(FRENCH.longDate(LocalDate.of(2027, 3, 8))).isEqualTo("8 mars 2027");
    assertThat(spaces(FRENCH.money(new Money(13350, "CAD")))).isEqualTo("133,50 $ CAD");
    assertThat(spaces(FRENCH.money(new Money(123450, "USD")))).isEqualTo("1 234,50 $ USD");
  }

  @Test
  void englishDatesAndShortForms() {
    Instant mondayNine = Instant.parse("2027-03-08T14:00:00Z");

    assertThat(ENGLISH.day(LocalDate.of(2027, 3, 8))).isEqualTo("Monday, March 8");
    assertThat(ENGLISH.shortWhen(mondayNine, TORONTO)).isEqualTo("Mon, Mar 8, 9:00 AM");
    assertThat(ENGLISH.monthDay(mondayNine, TORONTO)).isEqualTo("Mar 8");
    assertThat(ENGLISH.date(LocalDate.of(2027, 3, 8))).isEqualTo("Mar 8, 2027");
    assertThat(ENGLISH.longDate(LocalDate.of(2027, 3, 8))).isEqualTo("March 8, 2027");
    assertThat(ENGLISH.time(LocalTime.of(17, 30))).isEqualTo("5:30 PM");
    // For operators: one clock for everyone, said so.
    assertThat(ENGLISH.logged(Instant.parse("2027-03-08T14:05:09Z")))
        .isEqualTo("Mar 8, 2027, 14:05:09 UTC");
  }

  @ParameterizedTest
  @CsvSource({
    "13350,  CAD, $133.50 CAD, $133.50",
    "13300,  CAD, $133.00 CAD, $133",
    "5,      CAD, $0.05 CAD,   $0.05",
    "123450, USD, '$1,234.50 USD', '$1,234.50'",
    "8500,   EUR, €85.00 EUR,  €85"
  })
  void moneyKeepsItsCentsAndSaysItsCurrency(
      long minor, String currency, String full, String short_) {
    var money = new Money(minor, currency);

    assertThat(ENGLISH.money(money)).isEqualTo(full);
    assertThat(ENGLISH.price(money)).isEqualTo(short_);
  }

  @Test
  void anyLocaleIsReadAsOneOfTheTwoLanguagesOtopairSpeaks() {
    assertThat(Formats.of(Locale.CANADA).time(LocalTime.of(13, 0))).isEqualTo("1:00 PM");
    assertThat(Formats.of(Locale.FRANCE).time(LocalTime.of(13, 0))).isEqualTo("13 h 00");
    assertThat(Formats.of(Locale.GERMANY).time(LocalTime.of(13, 0))).isEqualTo("1:00 PM");
    // Outside a page (mails, PDFs, listeners) there is no reader's locale yet: English.
    assertThat(Formats.current().time(LocalTime.of(13, 0))).isEqualTo("1:00 PM");
  }

  @Test
  void noOtherClassBuildsAFormatterForPeople() throws IOException {
    // Machine formats: the API's ISO offsets, a calendar file's UTC, FullCalendar's wall times.
    var machines = Set.of("ApiModels.java", "CalendarInvite.java", "FullCalendar.java");
    var builders =
        Pattern.compile(
            "DateTimeFormatter\\.ofPattern|DateTimeFormatter\\.ofLocalized|NumberFormat\\.get"
                + "|getDisplayName\\(TextStyle");
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      List<String> offenders =
          sources
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !p.endsWith(Path.of("com/otopair/base/Formats.java")))
              .filter(p -> !machines.contains(p.getFileName().toString()))
              .filter(p -> builders.matcher(read(p)).find())
              .map(Path::toString)
              .toList();
      assertThat(offenders).isEmpty();
    }
  }

  private static String read(Path source) {
    try {
      return Files.readString(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The narrow and no-break spaces French puts in numbers, as plain spaces. */
  private static String spaces(String text) {
    return text.replace('\u202f', ' ').replace('\u00a0', ' ');
  }

  @Test
  void aMonthReadsAsACalendarTitleInBothLanguages() {
    assertThat(Formats.of(Locale.CANADA).month(YearMonth.of(2027, 3))).isEqualTo("March 2027");
    assertThat(Formats.of(Locale.CANADA_FRENCH).month(YearMonth.of(2027, 3)))
        .isEqualTo("mars 2027");
  }

  @Test
  void openingHoursAndWeekdayColumnsReadInBothLanguages() {
    var english = Formats.of(Locale.CANADA);
    var french = Formats.of(Locale.CANADA_FRENCH);
    assertThat(english.hours(LocalTime.of(8, 0), LocalTime.of(17, 30)))
        .isEqualTo("8:00 AM to 5:30 PM");
    assertThat(spaces(french.hours(LocalTime.of(8, 0), LocalTime.of(17, 30))))
        .isEqualTo("8 h 00 à 17 h 30");
    assertThat(english.shortWeekday(DayOfWeek.MONDAY)).isEqualTo("Mon");
    assertThat(english.narrowWeekday(DayOfWeek.MONDAY)).isEqualTo("M");
    assertThat(french.narrowWeekday(DayOfWeek.MONDAY)).isEqualTo("L");
  }

  @Test
  void aRatingHasOneDecimalAndAShareIsAWholePercentInBothLanguages() {
    assertThat(ENGLISH.rating(4.25)).isEqualTo("4.3");
    assertThat(ENGLISH.rating(4)).isEqualTo("4.0");
    assertThat(FRENCH.rating(4.5)).isEqualTo("4,5");
    assertThat(ENGLISH.percent(1, 3)).isEqualTo("33%");
    assertThat(ENGLISH.percent(0, 0)).isEqualTo("0%");
    assertThat(spaces(FRENCH.percent(2, 3))).isEqualTo("67 %");
  }
}

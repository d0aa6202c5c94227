package com.otopair.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV writer: RFC 4180, UTF-8 with a BOM, the formula guard, headers as given. */
class CsvTest {

  @Test
  void theFileStartsWithAByteOrderMarkAndEndsEveryLineWithCrLf() {
    byte[] bytes = Csv.withHeader(List.of("Shop", "Booked")).row("Côté Auto", 3).bytes();

    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
        .isEqualTo("Shop,Booked\r\nCôté Auto,3\r\n");
  }

  @Test
  void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndQuotesDoubled() {
    String text =
        Csv.withHeader(List.of("a", "b", "c", "d"))
            .row("Smith, Jones", "The \"best\" garage", "two\nlines", "cr\rhere")
            .text();

    assertThat(text)
        .isEqualTo(
            "a,b,c,d\r\n\"Smith, Jones\",\"The \"\"best\"\" garage\",\"two\nlines\",\"cr\rhere\"\r\n");
  }

  @Test
  void textThatASpreadsheetWouldRunAsAFormulaIsPrefixedWithAQuote() {
    String text =
        Csv.withHeader(List.of("a", "b", "c", "d", "e", "f", "g"))
            .row("=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tTab", "\rReturn", "Fine = ok")
            .text();

    assertThat(text.split("\r\n", 2)[1])
        .isEqualTo(
            "\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1),'\tTab,\"'\rReturn\",Fine = ok\r\n");
  }

  @Test
  void numbersAreWrittenUnformattedWithADotDecimalAndNegativeNumbersStayNumbers() {
    String text =
        Csv.withHeader(List.of("n", "amount", "rate", "day", "none", "minus"))
            .row(12_480L, new BigDecimal("1234.50"), 0.25, LocalDate.of(2027, 3, 9), null, -5)
            .text();

    assertThat(text.split("\r\n", 2)[1]).isEqualTo("12480,1234.50,0.25,2027-03-09,,-5\r\n");
  }

  @Test
  void frenchHeadersKeepTheirAccentsAndApostrophes() {
    String header = I18n.t(I18n.FRENCH, "crm.analytics.col.cancellation-rate");
    byte[] bytes =
        Csv.withHeader(List.of(I18n.t(I18n.FRENCH, "crm.analytics.col.period"), header))
            .row(LocalDate.of(2026, 11, 1), new BigDecimal("0.5000"))
            .bytes();

    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .isEqualTo("\uFEFFPériode,Taux d’annulation\r\n2026-11-01,0.5000\r\n");
  }

  @Test
  void aRowOfTheWrongWidthIsAMistake() {
    assertThatThrownBy(() -> Csv.withHeader(List.of("a", "b")).row("only one"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

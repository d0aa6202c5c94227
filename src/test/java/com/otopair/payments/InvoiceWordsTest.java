package com.otopair.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How an invoice names its tax and the card it was paid with, in each language. */
class InvoiceWordsTest {

  @Test
  void quebecsTaxesAreNamedGstAndQstInEnglishAndTpsAndTvqInFrench() {
    assertThat(Invoices.taxLabel(new BigDecimal("14.975"), I18n.ENGLISH))
        .isEqualTo("GST + QST 14.975%");
    assertThat(Invoices.taxLabel(new BigDecimal("14.9750"), I18n.FRENCH))
        .isEqualTo("TPS + TVQ 14,975\u00a0%");
  }

  @Test
  void anotherRateIsATaxWithItsPercent() {
    assertThat(Invoices.taxLabel(new BigDecimal("13.00"), I18n.ENGLISH)).isEqualTo("Tax 13%");
    assertThat(Invoices.taxLabel(new BigDecimal("8.875"), I18n.FRENCH))
        .isEqualTo("Taxes 8,875\u00a0%");
  }

  @Test
  void aCardWithoutItsBrandIsACardInTheReadersLanguage() {
    assertThat(Invoices.card(null, "4242", I18n.FRENCH)).isEqualTo("Carte •••• 4242");
    assertThat(Invoices.card("visa", "4242", I18n.FRENCH)).isEqualTo("Visa •••• 4242");
  }
}

package com.otopair.base;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** An amount in integer minor units (cents) of a currency. */
public record Money(long minor, String currency) {

  public Money {
    Currency.getInstance(currency);
  }

  /** Whole units and cents from a decimal amount, rounded half-up to the cent. */
  public static Money of(BigDecimal amount, String currency) {
    return new Money(
        amount.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact(),
        currency);
  }

  public BigDecimal amount() {
    return BigDecimal.valueOf(minor, 2);
  }

  /** "$85.00" for an English reader; the currency code follows when it isn't obvious. */
  public String format() {
    var format =
        NumberFormat.getCurrencyInstance(currency.equals("CAD") ? Locale.CANADA : Locale.US);
    format.setCurrency(Currency.getInstance(currency));
    return format.format(amount()) + " " + currency;
  }
}

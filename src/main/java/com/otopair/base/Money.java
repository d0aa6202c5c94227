package com.otopair.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** An amount in integer minor units (cents) of a currency. */
public record Money(long minor, String currency) {

  public Money {
    Currency.getInstance(currency);
  }

  /** Whole units and cents from a decimal amount, rounded half-up to the cent. */
  public static Money of(BigDecimal amount, String currency) {
    return new Money(
        amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact(), currency);
  }

  public BigDecimal amount() {
    return BigDecimal.valueOf(minor, 2);
  }

  /** "$85.00 CAD" for the current reader: see {@link Formats#money}. */
  public String format() {
    return Formats.current().money(this);
  }
}

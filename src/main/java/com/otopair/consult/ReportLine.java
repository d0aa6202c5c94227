package com.otopair.consult;

import com.otopair.base.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A parts line (a quantity at a unit price) or a labour line (hours at an hourly rate) of a
 * session's summary: a rough price, which a repair booked from it starts its estimate with.
 */
public record ReportLine(Kind kind, String description, BigDecimal quantity, Money unitPrice) {

  /** Parts or labour. */
  public enum Kind {
    PART,
    LABOUR
  }

  /** Quantity × unit price, rounded to the cent. */
  public Money total() {
    long minor =
        quantity
            .multiply(BigDecimal.valueOf(unitPrice.minor()))
            .setScale(0, RoundingMode.HALF_UP)
            .longValueExact();
    return new Money(minor, unitPrice.currency());
  }
}

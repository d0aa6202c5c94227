package com.otopair.consult.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One parts or labour line of a {@link Report}, as stored. */
@Embeddable
public class ReportEntry {

  @Column(name = "kind", nullable = false)
  private String kind;

  @Column(name = "description", nullable = false)
  private String description;

  @Column(name = "quantity", nullable = false)
  private BigDecimal quantity;

  @Column(name = "unit_price_minor", nullable = false)
  private long unitPriceMinor;

  protected ReportEntry() {
    kind = "PART";
    description = "";
    quantity = BigDecimal.ONE;
  }

  public ReportEntry(String kind, String description, BigDecimal quantity, long unitPriceMinor) {
    this.kind = kind;
    this.description = description;
    this.quantity = quantity;
    this.unitPriceMinor = unitPriceMinor;
  }

  public String getKind() {
    return kind;
  }

  public String getDescription() {
    return description;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public long getUnitPriceMinor() {
    return unitPriceMinor;
  }
}

package com.otopair.payments.invoice;

import com.otopair.base.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything printed on an invoice or a receipt, already worded and formatted for the customer, so
 * {@link InvoicePdf} only lays it out. Empty strings stand for details the shop hasn't given
 * (phone, email, vehicle, note); they are left off the page.
 *
 * @param number the document's number as printed, e.g. "GP-0042"
 * @param shopAddress the shop's address; lines are separated by {@code \n}
 * @param shopLogo the shop's logo as PNG or JPEG bytes; a logo that can't be decoded is left off
 * @param reference what the document is for, e.g. "Job J-1042 · booking of March 3"
 * @param taxLabel the tax's name and rate, e.g. "GST + QST 14.975%"
 * @param refunded printed only when it isn't zero
 * @param paymentMethod how the customer pays or paid, e.g. "Visa •••• 4242" or "Pay at the shop"
 */
public record InvoiceDocument(
    InvoiceKind kind,
    String number,
    LocalDate issuedOn,
    String shopName,
    String shopAddress,
    String shopPhone,
    String shopEmail,
    byte @Nullable [] shopLogo,
    String customerName,
    String customerEmail,
    String vehicle,
    String reference,
    List<Line> lines,
    Money subtotal,
    String taxLabel,
    Money tax,
    Money total,
    Money paid,
    Money refunded,
    Money balanceDue,
    String paymentMethod,
    String note) {

  public InvoiceDocument {
    lines = List.copyOf(lines);
  }

  /** One row of the table: a part, a labour item or a fee. */
  public record Line(String description, BigDecimal quantity, Money unitPrice, Money total) {}
}

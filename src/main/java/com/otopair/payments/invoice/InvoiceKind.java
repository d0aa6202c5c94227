package com.otopair.payments.invoice;

/** Whether a document asks for money (an invoice) or acknowledges it (a receipt). */
public enum InvoiceKind {
  INVOICE("Invoice"),
  RECEIPT("Receipt");

  private final String label;

  InvoiceKind(String label) {
    this.label = label;
  }

  /** The title printed on the document, "Invoice" or "Receipt". */
  public String label() {
    return label;
  }
}

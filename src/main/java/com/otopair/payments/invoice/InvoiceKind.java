package com.otopair.payments.invoice;

import com.otopair.base.I18n;
import java.util.Locale;

/** Whether a document asks for money (an invoice) or acknowledges it (a receipt). */
public enum InvoiceKind {
  INVOICE,
  RECEIPT;

  /** The title printed on the document, "Invoice" or "Receipt", in {@code locale}. */
  public String label(Locale locale) {
    return I18n.t(locale, "payments.invoice.kind." + name().toLowerCase(Locale.ROOT));
  }

  /** The file's name for it, "invoice" or "receipt", in {@code locale}: "recu-GP-0042.pdf". */
  public String fileName(Locale locale) {
    return I18n.t(locale, "payments.invoice.file." + name().toLowerCase(Locale.ROOT));
  }
}

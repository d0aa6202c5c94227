/**
 * Invoices and receipts as PDF: {@link com.otopair.payments.invoice.InvoiceDocument} holds what is
 * printed, {@link com.otopair.payments.invoice.InvoicePdf} lays it out on Letter pages.
 */
@NullMarked
package com.otopair.payments.invoice;

import org.jspecify.annotations.NullMarked;

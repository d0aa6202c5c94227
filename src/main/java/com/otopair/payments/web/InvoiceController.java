package com.otopair.payments.web;

import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.payments.CustomerPayments;
import com.otopair.payments.InvoiceFile;
import com.otopair.payments.LinkedPayments;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invoice and receipt downloads: for the signed-in customer, the shop's owners and admins, and for
 * whoever holds a booking's signed manage link. Someone else's invoice looks the same as none.
 *
 * <p>The PDF is worded in the language of the page its link is on ({@code ?lang=fr}), else in the
 * browser's.
 */
@RestController
class InvoiceController {

  private final CustomerPayments payments;
  private final LinkedPayments linked;

  InvoiceController(CustomerPayments payments, LinkedPayments linked) {
    this.payments = payments;
    this.linked = linked;
  }

  @GetMapping("/invoices/{paymentId}")
  ResponseEntity<byte[]> invoice(
      @PathVariable UUID paymentId, @RequestParam(required = false) @Nullable String lang) {
    return pdf(payments.invoice(paymentId, language(lang)));
  }

  @GetMapping("/invoices/booking/{bookingId}")
  ResponseEntity<byte[]> invoiceWithLink(
      @PathVariable UUID bookingId,
      @RequestParam String token,
      @RequestParam(required = false) @Nullable String lang) {
    return pdf(linked.invoice(bookingId, token, language(lang)));
  }

  /** The page's language when its link says it, else the browser's. */
  private static Locale language(@Nullable String lang) {
    return lang == null ? I18n.current() : I18n.ofTag(lang);
  }

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<String> notFound(InvalidRequestException e) {
    return ResponseEntity.status(404).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
  }

  private static ResponseEntity<byte[]> pdf(InvoiceFile file) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(file.filename()).build().toString())
        .body(file.content());
  }
}

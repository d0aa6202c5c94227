package com.otopair.notifications;

import com.otopair.base.PublicLinks;
import com.otopair.payments.PaymentCaptured;
import com.otopair.payments.PaymentView;
import com.otopair.payments.Receipts;
import com.otopair.payments.RefundIssued;
import java.util.HashMap;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The receipt (with its PDF) once a payment is charged or paid at the shop, and a note when money
 * goes back to the customer's card.
 */
@Component
class PaymentMails {

  private final Receipts receipts;
  private final MailTemplates templates;
  private final MailTransport transport;
  private final PublicLinks links;

  PaymentMails(
      Receipts receipts, MailTemplates templates, MailTransport transport, PublicLinks links) {
    this.receipts = receipts;
    this.templates = templates;
    this.transport = transport;
    this.links = links;
  }

  @ApplicationModuleListener
  void on(PaymentCaptured captured) {
    receipts
        .of(captured.paymentId())
        .ifPresent(
            receipt -> {
              var payment = receipt.payment();
              Map<String, Object> values = new HashMap<>();
              values.put("name", MailTemplates.firstName(receipt.customer().name()));
              values.put("shop", payment.shopName());
              values.put("what", payment.description());
              values.put("paid", payment.paid().format());
              values.put("method", payment.card() == null ? "at the shop" : "on " + payment.card());
              values.put("number", payment.invoiceNumber() == null ? "" : payment.invoiceNumber());
              values.put("link", links.to(receipt.pagePath()));
              transport.send(
                  templates
                      .render(
                          "payment-receipt",
                          receipt.customer().email(),
                          "Your receipt from " + payment.shopName(),
                          values,
                          payment.shopId())
                      .with(
                          new OutgoingMail.Attachment(
                              receipt.pdf().filename(), "application/pdf", receipt.pdf().content()))
                      .about("payment-captured:" + captured.paymentId()));
            });
  }

  @ApplicationModuleListener
  void on(RefundIssued refunded) {
    receipts
        .of(refunded.paymentId())
        .ifPresent(
            receipt -> {
              var payment = receipt.payment();
              var refund = payment.refund(refunded.refundId());
              String reason = refund.map(r -> r.reason()).orElse("");
              boolean bySupport = refund.map(PaymentView.Refund::bySupport).orElse(false);
              Map<String, Object> values = new HashMap<>();
              values.put("name", MailTemplates.firstName(receipt.customer().name()));
              values.put("who", bySupport ? "Otopair" : payment.shopName());
              values.put("shop", payment.shopName());
              values.put("what", payment.description());
              values.put("amount", refunded.amount().format());
              values.put("online", payment.online());
              values.put(
                  "method",
                  payment.card() != null
                      ? payment.card()
                      : payment.online() ? "your card" : "you at the shop, the way you paid");
              values.put("reason", reason);
              values.put("link", links.to(receipt.pagePath()));
              transport.send(
                  templates
                      .render(
                          "refund-issued",
                          receipt.customer().email(),
                          refunded.amount().format() + " refunded for " + payment.description(),
                          values,
                          payment.shopId())
                      .about("refund-issued:" + refunded.refundId()));
            });
  }
}

package com.otopair.notifications;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
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
    // The receipt's PDF is made in the language of the moment: the customer's.
    templates
        .inLanguageOf(
            captured.customerId(), () -> receipts.of(captured.paymentId()).map(this::receiptMail))
        .ifPresent(mail -> transport.send(mail.about("payment-captured:" + captured.paymentId())));
  }

  /** The receipt and its PDF, both in the customer's language. */
  private OutgoingMail receiptMail(Receipts.Receipt receipt) {
    var payment = receipt.payment();
    Map<String, Object> values = new HashMap<>();
    values.put("name", MailTemplates.firstName(receipt.customer().name()));
    values.put("shop", payment.shopName());
    values.put("what", payment.description());
    values.put("paid", Formats.current().money(payment.paid()));
    values.put(
        "method",
        payment.card() == null
            ? I18n.t("notifications.mail.payment-receipt.at-shop")
            : I18n.t("notifications.mail.payment-receipt.on-card", payment.card()));
    values.put("number", payment.invoiceNumber() == null ? "" : payment.invoiceNumber());
    values.put("link", links.to(receipt.pagePath()));
    var pdf = receipt.pdf();
    return templates
        .render(
            "payment-receipt",
            receipt.customer().email(),
            MailCatalog.subject("payment-receipt", values),
            values,
            payment.shopId())
        .with(new OutgoingMail.Attachment(pdf.filename(), "application/pdf", pdf.content()));
  }

  @ApplicationModuleListener
  void on(RefundIssued refunded) {
    templates
        .inLanguageOf(
            refunded.customerId(),
            () -> receipts.of(refunded.paymentId()).map(receipt -> refundMail(refunded, receipt)))
        .ifPresent(mail -> transport.send(mail.about("refund-issued:" + refunded.refundId())));
  }

  private OutgoingMail refundMail(RefundIssued refunded, Receipts.Receipt receipt) {
    var payment = receipt.payment();
    var refund = payment.refund(refunded.refundId());
    String reason = refund.map(r -> r.reason()).orElse("");
    boolean bySupport = refund.map(PaymentView.Refund::bySupport).orElse(false);
    Map<String, Object> values = new HashMap<>();
    values.put("name", MailTemplates.firstName(receipt.customer().name()));
    values.put("who", bySupport ? "Otopair" : payment.shopName()); // i18n: the brand
    values.put("shop", payment.shopName());
    values.put("what", payment.description());
    values.put("amount", Formats.current().money(refunded.amount()));
    values.put("online", payment.online());
    values.put(
        "method",
        payment.card() != null
            ? I18n.t("notifications.mail.refund-issued.to-card", payment.card())
            : I18n.t(
                payment.online()
                    ? "notifications.mail.refund-issued.to-your-card"
                    : "notifications.mail.refund-issued.at-shop"));
    values.put("reason", reason);
    values.put("link", links.to(receipt.pagePath()));
    return templates.render(
        "refund-issued",
        receipt.customer().email(),
        MailCatalog.subject("refund-issued", values),
        values,
        payment.shopId());
  }
}

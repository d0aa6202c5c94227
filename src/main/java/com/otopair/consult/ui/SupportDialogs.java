package com.otopair.consult.ui;

import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.ui.Feedback;
import com.otopair.consult.AdminSessions;
import com.otopair.consult.SessionSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/**
 * What support asks before ending or refunding a session: the reason, and for a refund how much.
 */
final class SupportDialogs {

  private SupportDialogs() {}

  /** Asks why, then ends the session; {@code done} refreshes the list. */
  static Dialog end(SessionSupport support, AdminSessions.Row row, Runnable done) {
    var dialog = new Dialog(I18n.t("consult.admin.end.title", row.customerName()));
    dialog.setWidth("min(30rem, 95vw)");
    var reason = reason("consult.admin.end.helper");
    dialog.add(reason);
    var confirm =
        new Button(
            I18n.t("consult.admin.end.confirm"),
            e -> {
              reason.setInvalid(false);
              try {
                support.end(row.id(), reason.getValue());
                dialog.close();
                Feedback.success(I18n.t("consult.admin.end.done"));
              } catch (InvalidRequestException refused) {
                if (refused.field() == null) {
                  dialog.close();
                }
                Feedback.show(refused, Map.of("reason", reason));
              }
              done.run();
            });
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    confirm.setId("confirm-end-session");
    dialog.getFooter().add(new Button(I18n.t("consult.admin.keep"), e -> dialog.close()), confirm);
    dialog.open();
    return dialog;
  }

  /**
   * Asks how much (all it cost at first: its price and extra time) and why, then asks payments to
   * refund it.
   */
  static Dialog refund(SessionSupport support, AdminSessions.Row row, Runnable done) {
    Money price = support.refundable(row.id());
    var dialog = new Dialog(I18n.t("consult.admin.refund.title", row.customerName()));
    dialog.setWidth("min(30rem, 95vw)");
    var amount = new BigDecimalField(I18n.t("consult.admin.refund.amount", price.currency()));
    amount.setValue(price.amount());
    amount.setHelperText(I18n.t("consult.admin.refund.up-to", price.format()));
    amount.setRequiredIndicatorVisible(true);
    amount.setWidthFull();
    var reason = reason("consult.admin.refund.helper");
    dialog.add(
        new Div(
            new Paragraph(I18n.t("consult.admin.refund.what", row.serviceName(), row.shopName())),
            amount,
            reason));
    var confirm =
        new Button(
            I18n.t("consult.admin.refund.confirm"),
            e -> {
              amount.setInvalid(false);
              reason.setInvalid(false);
              if (amount.getValue() == null) {
                amount.setErrorMessage(I18n.t("consult.admin.refund.amount.required"));
                amount.setInvalid(true);
                return;
              }
              Money money = Money.of(amount.getValue(), price.currency());
              try {
                support.refund(row.id(), money, reason.getValue());
                dialog.close();
                Feedback.success(I18n.t("consult.admin.refund.done", money.format()));
                done.run();
              } catch (InvalidRequestException refused) {
                Feedback.show(refused, Map.of("amount", amount, "reason", reason));
              }
            });
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    confirm.setId("confirm-refund-session");
    dialog.getFooter().add(new Button(I18n.t("consult.admin.keep"), e -> dialog.close()), confirm);
    dialog.open();
    return dialog;
  }

  private static TextArea reason(String helperKey) {
    var reason = new TextArea(I18n.t("consult.admin.reason"));
    reason.setRequired(true);
    reason.setMaxLength(SessionSupport.MAX_REASON);
    reason.setHelperText(I18n.t(helperKey));
    reason.setWidthFull();
    return reason;
  }
}

package com.otopair.booking.ui;

import com.otopair.base.ConflictException;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import com.otopair.base.ui.Feedback;
import com.otopair.booking.AdminBookingActions;
import com.otopair.booking.BookingSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An admin cancels a booking with a reason: under the shop's policy (late inside its window), or
 * forced, everything paid given back. The customer is mailed the reason.
 */
class AdminCancelDialog extends Dialog {

  final TextField reason = new TextField(I18n.t("booking.admin-detail.cancel.reason"));
  final Button confirm;

  private final AdminBookingActions actions;
  private final BookingSummary booking;
  private final boolean force;
  private final Consumer<@Nullable String> done;

  /** {@code done} runs after the change or a refusal that changed the page: with its message. */
  AdminCancelDialog(
      AdminBookingActions actions,
      BookingSummary booking,
      boolean force,
      Consumer<@Nullable String> done) {
    this.actions = actions;
    this.booking = booking;
    this.force = force;
    this.done = done;
    setHeaderTitle(
        I18n.t(
            force
                ? "booking.admin-detail.force-cancel.title"
                : "booking.admin-detail.cancel.title"));
    setId(force ? "admin-force-cancel" : "admin-cancel");
    reason.setId("admin-cancel-reason");
    reason.setWidthFull();
    reason.setMaxLength(500);
    reason.setHelperText(I18n.t("booking.admin-detail.cancel.reason.helper"));
    confirm =
        new Button(
            I18n.t(
                force
                    ? "booking.admin-detail.force-cancel.confirm"
                    : "booking.admin-detail.cancel.confirm"),
            e -> submit());
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    confirm.setId("admin-cancel-confirm");
    add(
        new Paragraph(
            I18n.t(
                force
                    ? "booking.admin-detail.force-cancel.lead"
                    : "booking.admin-detail.cancel.lead")),
        reason);
    getFooter().add(new Button(I18n.t("booking.admin-detail.close"), e -> close()), confirm);
  }

  private void submit() {
    String text = reason.getValue();
    String problem =
        text.isBlank()
            ? I18n.t("booking.cancel.reason.required")
            : !PlainText.isLine(text)
                ? I18n.t(PlainText.MESSAGE)
                : text.strip().length() > 500 ? I18n.t("booking.cancel.reason.too-long") : null;
    reason.setErrorMessage(problem);
    reason.setInvalid(problem != null);
    if (problem != null) {
      reason.focus();
      return;
    }
    try {
      if (force) {
        actions.forceCancel(booking.id(), text);
      } else {
        actions.cancel(booking.id(), text);
      }
      close();
      done.accept(I18n.t("booking.admin-detail.cancel.done"));
    } catch (ConflictException refused) {
      close();
      Feedback.error(refused.getMessage());
      done.accept(null);
    } catch (InvalidRequestException refused) {
      Feedback.show(refused, Map.of("reason", reason));
    }
  }
}

package com.otopair.reviews.ui;

import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import com.otopair.base.ui.Feedback;
import com.otopair.reviews.ReportReason;
import com.otopair.reviews.ReviewFeedback;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

/**
 * Reports a review to the admins: a reason (required) and optional details. Every invalid field is
 * marked at once before anything is sent.
 */
final class ReportDialog extends Dialog {

  final Select<ReportReason> reason = new Select<>();
  final TextArea details = new TextArea(I18n.t("reviews.report.details"));
  final Button send = new Button(I18n.t("reviews.report.send"));

  ReportDialog(ReviewFeedback feedback, UUID reviewId) {
    setHeaderTitle(I18n.t("reviews.report.title"));
    setWidth("min(30rem, 95vw)");
    reason.setLabel(I18n.t("reviews.report.reason"));
    reason.setItems(Arrays.asList(ReportReason.values()));
    reason.setItemLabelGenerator(ReportReason::label);
    reason.setRequiredIndicatorVisible(true);
    reason.setWidthFull();
    details.setMaxLength(ReviewFeedback.MAX_DETAILS);
    details.setHelperText(I18n.t("reviews.report.details.helper"));
    details.setWidthFull();
    add(reason, details);
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.setId("send-review-report");
    send.addClickListener(
        e -> {
          boolean reasonMissing = reason.getValue() == null;
          boolean detailsWrong = !PlainText.isLines(details.getValue());
          mark(reason, reasonMissing, I18n.t("reviews.report.reason.required"));
          mark(details, detailsWrong, I18n.t(PlainText.MESSAGE));
          if (reasonMissing || detailsWrong) {
            return;
          }
          try {
            feedback.report(reviewId, reason.getValue(), details.getValue());
            close();
            Feedback.success(I18n.t("reviews.report.done"));
          } catch (InvalidRequestException refused) {
            if (refused.field() == null) {
              close();
            }
            Feedback.show(refused, Map.of("reason", reason, "details", details));
          }
        });
    getFooter().add(new Button(I18n.t("reviews.report.cancel"), e -> close()), send);
  }

  private static void mark(HasValidation field, boolean invalid, String message) {
    field.setErrorMessage(invalid ? message : "");
    field.setInvalid(invalid);
  }
}

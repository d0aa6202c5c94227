package com.otopair.reviews.ui;

import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Feedback;
import com.otopair.reviews.AdminReviews;
import com.otopair.reviews.ReviewModeration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** Asks an admin why they hide a review (its author and the shop read it), then hides it. */
final class HideDialog extends Dialog {

  final TextArea reason = new TextArea(I18n.t("reviews.admin.hide.reason"));
  final Button confirm = new Button(I18n.t("reviews.admin.hide.confirm"));

  HideDialog(ReviewModeration moderation, AdminReviews.Row row, Runnable done) {
    setHeaderTitle(I18n.t("reviews.admin.hide.title", row.authorName(), row.shopName()));
    setWidth("min(30rem, 95vw)");
    reason.setRequired(true);
    reason.setMaxLength(ReviewModeration.MAX_REASON);
    reason.setHelperText(I18n.t("reviews.admin.hide.helper"));
    reason.setWidthFull();
    add(new Paragraph(I18n.t("reviews.admin.hide.what")), reason);
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    confirm.setId("confirm-hide-review");
    confirm.addClickListener(
        e -> {
          reason.setInvalid(false);
          try {
            moderation.hide(row.id(), row.version(), reason.getValue());
            close();
            Feedback.success(I18n.t("reviews.admin.hide.done"));
            done.run();
          } catch (InvalidRequestException refused) {
            if (refused.field() == null) {
              close();
              done.run();
            }
            Feedback.show(refused, Map.of("reason", reason));
          }
        });
    getFooter().add(new Button(I18n.t("reviews.admin.cancel"), e -> close()), confirm);
  }
}

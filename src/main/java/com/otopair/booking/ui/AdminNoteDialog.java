package com.otopair.booking.ui;

import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import com.otopair.base.ui.Feedback;
import com.otopair.booking.AdminBookingActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** An admin keeps an internal note on a booking: seen by admins only, mailed to no one. */
class AdminNoteDialog extends Dialog {

  static final int MAX_LENGTH = 2000;

  final TextArea text = new TextArea(I18n.t("booking.admin-detail.note.text"));
  final Button save = new Button(I18n.t("booking.admin-detail.note.save"));

  AdminNoteDialog(AdminBookingActions actions, UUID bookingId, Consumer<@Nullable String> done) {
    setHeaderTitle(I18n.t("booking.admin-detail.note.title"));
    setId("admin-note");
    text.setId("admin-note-text");
    text.setWidthFull();
    text.setMaxLength(MAX_LENGTH);
    text.setHelperText(I18n.t("booking.admin-detail.note.helper"));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setId("admin-note-save");
    save.addClickListener(
        e -> {
          String value = text.getValue();
          String problem =
              value.isBlank()
                  ? I18n.t("booking.note.required")
                  : !PlainText.isLines(value)
                      ? I18n.t(PlainText.MESSAGE)
                      : value.strip().length() > MAX_LENGTH
                          ? I18n.t("booking.note.too-long", MAX_LENGTH)
                          : null;
          text.setErrorMessage(problem);
          text.setInvalid(problem != null);
          if (problem != null) {
            text.focus();
            return;
          }
          try {
            actions.note(bookingId, value);
            close();
            done.accept(I18n.t("booking.admin-detail.note.done"));
          } catch (InvalidRequestException refused) {
            Feedback.show(refused, Map.of("text", text));
          }
        });
    add(new Paragraph(I18n.t("booking.admin-detail.note.lead")), text);
    getFooter().add(new Button(I18n.t("booking.admin-detail.close"), e -> close()), save);
  }
}

package com.otopair.consult.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.consult.SessionQueue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;

/** The mechanic gives a session back to the queue and says why, for the next mechanic. */
class GiveBackDialog extends Dialog {

  final TextArea reason = new TextArea();

  GiveBackDialog(SerializableConsumer<String> release, Runnable done) {
    setHeaderTitle(getTranslation("consult.give-back.heading"));
    reason.setLabel(getTranslation("consult.give-back.reason"));
    reason.setHelperText(getTranslation("consult.give-back.helper"));
    reason.setMaxLength(SessionQueue.MAX_REASON);
    reason.setWidthFull();
    reason.setId("give-back-reason");
    add(reason);
    var confirm = new Button(getTranslation("consult.give-back.confirm"));
    confirm.setId("give-back-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    confirm.addClickListener(
        e -> {
          try {
            release.accept(reason.getValue());
            close();
            done.run();
          } catch (InvalidRequestException refused) {
            reason.setErrorMessage(refused.getMessage());
            reason.setInvalid(true);
          }
        });
    var cancel = new Button(getTranslation("consult.give-back.cancel"), e -> close());
    getFooter().add(cancel, confirm);
  }
}

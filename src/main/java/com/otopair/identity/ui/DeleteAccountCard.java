package com.otopair.identity.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Feedback;
import com.otopair.identity.AccountDeletion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Map;
import java.util.Optional;

/**
 * "Delete my account": one sentence, one button opening a dialog that says what happens and asks
 * for the account's email. A wrong address is marked on the field and changes nothing. A person who
 * may not delete their account this way (an admin, a shop's owner or mechanic) reads why instead of
 * the button.
 */
class DeleteAccountCard extends Div {

  final Button open = new Button(getTranslation("identity.profile.delete.open"));
  final Dialog dialog = new Dialog();
  final TextField email = new TextField(getTranslation("identity.profile.delete.email"));
  final Button confirm = new Button(getTranslation("identity.profile.delete.confirm"));

  private final AccountDeletion deletion;
  private final AuthenticationContext authentication;

  DeleteAccountCard(AccountDeletion deletion, AuthenticationContext authentication) {
    this.deletion = deletion;
    this.authentication = authentication;
    setId("delete-account");
    addClassName("otopair-card");
    add(new H2(getTranslation("identity.profile.delete.heading")));
    Optional<String> refusal = deletion.refusal();
    if (refusal.isPresent()) {
      var why = new Paragraph(getTranslation(refusal.get()));
      why.setId("delete-account-refused");
      add(why);
      return;
    }
    add(new Paragraph(getTranslation("identity.profile.delete.text")));
    open.setId("delete-account-open");
    open.addThemeVariants(ButtonVariant.LUMO_ERROR);
    open.addClickListener(e -> openDialog());
    add(open);

    email.setId("delete-account-email");
    email.setWidthFull();
    email.setMaxLength(254);
    confirm.setId("delete-account-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    confirm.addClickListener(e -> delete());
    var cancel = new Button(getTranslation("identity.dialog.cancel"), e -> dialog.close());
    dialog.setHeaderTitle(getTranslation("identity.profile.delete.title"));
    dialog.add(new Paragraph(getTranslation("identity.profile.delete.what")), email);
    dialog.getFooter().add(cancel, confirm);
    dialog.addClassName("otopair-delete-account");
    dialog.setWidth("min(36rem, 95vw)"); // i18n: a CSS length, never wider than a phone
  }

  private void openDialog() {
    email.clear();
    email.setInvalid(false);
    dialog.open();
  }

  private void delete() {
    try {
      deletion.deleteMyAccount(email.getValue());
    } catch (InvalidRequestException refused) {
      Feedback.show(refused, Map.of("email", email));
      return;
    }
    dialog.close();
    Feedback.success(getTranslation("identity.profile.delete.done"));
    authentication.logout();
  }
}

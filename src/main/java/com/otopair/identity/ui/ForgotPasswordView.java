package com.otopair.identity.ui;

import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.PublicPage;
import com.otopair.identity.AccountRules;
import com.otopair.identity.AccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/**
 * Ask for a password reset link; the answer is the same whether or not the email is known. Too many
 * requests from one address are refused next to the field, with the time to try again.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends PublicPage {

  final EmailField email = EmailFields.create(I18n.t("identity.field.email"));

  ForgotPasswordView(AccountService accounts, MailMode mail) {
    super(I18n.t("identity.forgot.heading"), I18n.t("identity.forgot.lead"));
    email.setWidthFull();
    var send =
        new Button(
            getTranslation("identity.forgot.submit"),
            e -> {
              String problem = AccountRules.emailProblem(email.getValue());
              if (problem != null) {
                email.setErrorMessage(problem);
                email.setInvalid(true);
                return;
              }
              try {
                accounts.requestPasswordReset(email.getValue());
              } catch (InvalidRequestException tooMany) {
                Feedback.show(tooMany, Map.of("email", email));
                return;
              }
              setHeading(I18n.t("identity.inbox.heading"), I18n.t("identity.forgot.sent"));
              setCardContent(
                  new CheckYourInbox(
                      "identity.inbox.reset-sent", email.getValue().trim(), mail.devMailbox()));
            });
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.setWidthFull();
    var back = new Paragraph(new Anchor("login", getTranslation("identity.forgot.back")));
    back.addClassName("otopair-small");
    setCardContent(email, send, back);
  }
}

package com.otopair.identity.ui;

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

/** Ask for a password reset link; the answer is the same whether or not the email is known. */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends PublicPage {

  final EmailField email = EmailFields.create("Email");

  ForgotPasswordView(AccountService accounts, MailMode mail) {
    super("Reset your password", "We'll email you a link to choose a new one.");
    email.setWidthFull();
    var send =
        new Button(
            "Email me a reset link",
            e -> {
              String problem = AccountRules.emailProblem(email.getValue());
              if (problem != null) {
                email.setErrorMessage(problem);
                email.setInvalid(true);
                return;
              }
              accounts.requestPasswordReset(email.getValue());
              setHeading(
                  "Check your inbox", "If an account uses this email, a link is on its way.");
              setCardContent(
                  new CheckYourInbox(
                      "If an account exists for this address, we sent a reset link to",
                      email.getValue().trim(),
                      mail.devMailbox()));
            });
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.setWidthFull();
    var back = new Paragraph(new Anchor("login", "Back to sign in"));
    back.addClassName("otopair-small");
    setCardContent(email, send, back);
  }
}

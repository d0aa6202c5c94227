package com.otopair.identity.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.PublicPage;
import com.otopair.identity.AccountRules;
import com.otopair.identity.AccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Where the emailed reset link leads: choose a new password. */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends PublicPage implements BeforeEnterObserver {

  final PasswordField password = new PasswordField("New password");
  final PasswordField repeat = new PasswordField("Repeat the new password");
  private @Nullable String token;

  ResetPasswordView(AccountService accounts) {
    super("Choose a new password", "Use at least 12 characters. A short sentence works well.");
    password.setWidthFull();
    repeat.setWidthFull();
    password.setAutocomplete(Autocomplete.NEW_PASSWORD);
    var save =
        new Button(
            "Save new password",
            e -> {
              String problem = AccountRules.passwordProblem(password.getValue(), null);
              if (problem != null) {
                password.setErrorMessage(problem);
                password.setInvalid(true);
                return;
              }
              if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The two passwords differ");
                repeat.setInvalid(true);
                return;
              }
              try {
                accounts.resetPassword(token, password.getValue());
                setHeading("Your password is changed", "Sign in with your new password.");
                var signIn =
                    new Button("Sign in", ev -> getUI().ifPresent(ui -> ui.navigate("login")));
                signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                signIn.setWidthFull();
                setCardContent(signIn);
              } catch (InvalidRequestException refused) {
                if ("token".equals(refused.field())) {
                  showBrokenLink(refused.getMessage());
                } else {
                  Feedback.show(refused, Map.of("password", password));
                }
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setWidthFull();
    setCardContent(password, repeat, save);
  }

  private void showBrokenLink(String message) {
    setHeading("This link didn't work", message);
    var again = new Paragraph(new Anchor("forgot-password", "Ask for a new reset link"));
    setCardContent(again);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
    if (token == null || token.isBlank()) {
      showBrokenLink("This link is incomplete. Open the link from the email again.");
    }
  }
}

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

  final PasswordField password = new PasswordField(I18n.t("identity.reset.new-password"));
  final PasswordField repeat = new PasswordField(I18n.t("identity.reset.repeat"));
  private @Nullable String token;

  ResetPasswordView(AccountService accounts) {
    super(
        I18n.t("identity.reset.heading"),
        I18n.t("identity.reset.lead", AccountRules.MIN_PASSWORD_LENGTH));
    password.setWidthFull();
    repeat.setWidthFull();
    password.setAutocomplete(Autocomplete.NEW_PASSWORD);
    var save =
        new Button(
            getTranslation("identity.reset.submit"),
            e -> {
              String problem = AccountRules.passwordProblem(password.getValue(), null);
              if (problem != null) {
                password.setErrorMessage(problem);
                password.setInvalid(true);
                return;
              }
              if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("identity.reset.differ"));
                repeat.setInvalid(true);
                return;
              }
              try {
                accounts.resetPassword(token, password.getValue());
                setHeading(
                    getTranslation("identity.reset.done.heading"),
                    getTranslation("identity.reset.done.lead"));
                var signIn =
                    new Button(
                        getTranslation("identity.sign-in"),
                        ev -> getUI().ifPresent(ui -> ui.navigate("login")));
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
    setHeading(getTranslation("identity.link.broken"), message);
    var again =
        new Paragraph(new Anchor("forgot-password", getTranslation("identity.reset.ask-again")));
    setCardContent(again);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
    if (token == null || token.isBlank()) {
      showBrokenLink(getTranslation("identity.link.incomplete"));
    }
  }
}

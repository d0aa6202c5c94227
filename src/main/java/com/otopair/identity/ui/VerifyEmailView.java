package com.otopair.identity.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.PublicPage;
import com.otopair.identity.AccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where the emailed confirmation link leads. */
@Route(value = "verify", autoLayout = false)
@AnonymousAllowed
class VerifyEmailView extends PublicPage implements BeforeEnterObserver {

  private final AccountService accounts;

  VerifyEmailView(AccountService accounts) {
    super(I18n.t("identity.verify.heading"), I18n.t("identity.verify.lead"));
    this.accounts = accounts;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String token =
        event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
    boolean signedIn = CurrentUser.get().isPresent();
    try {
      String email = accounts.verifyEmail(token);
      setHeading(
          getTranslation("identity.verify.done.heading"),
          getTranslation("identity.verify.done.lead", email));
      setCardContent(
          next(
              signedIn ? "identity.verify.continue" : "identity.sign-in",
              signedIn ? "home" : "login"));
    } catch (InvalidRequestException refused) {
      setHeading(getTranslation("identity.link.broken"), refused.getMessage());
      setCardContent(
          next(
              signedIn ? "identity.verify.home" : "identity.sign-in", signedIn ? "home" : "login"));
    }
  }

  private Button next(String labelKey, String route) {
    var button =
        new Button(getTranslation(labelKey), e -> getUI().ifPresent(ui -> ui.navigate(route)));
    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    button.setWidthFull();
    button.setId("verify-next");
    return button;
  }
}

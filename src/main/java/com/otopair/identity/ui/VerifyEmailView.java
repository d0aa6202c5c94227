package com.otopair.identity.ui;

import com.otopair.base.CurrentUser;
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
    super("Confirming your email", "One moment.");
    this.accounts = accounts;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String token =
        event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
    boolean signedIn = CurrentUser.get().isPresent();
    try {
      String email = accounts.verifyEmail(token);
      setHeading("Your email is confirmed", email + " is ready to use on Otopair.");
      setCardContent(next(signedIn ? "Continue" : "Sign in", signedIn ? "home" : "login"));
    } catch (InvalidRequestException refused) {
      setHeading("This link didn't work", refused.getMessage());
      setCardContent(
          next(signedIn ? "Go to your home page" : "Sign in", signedIn ? "home" : "login"));
    }
  }

  private Button next(String label, String route) {
    var button = new Button(label, e -> getUI().ifPresent(ui -> ui.navigate(route)));
    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    button.setWidthFull();
    button.setId("verify-next");
    return button;
  }
}

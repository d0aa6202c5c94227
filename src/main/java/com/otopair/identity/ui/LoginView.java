package com.otopair.identity.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.ui.PublicPage;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign in with email and password. Spring Security handles the form post; this view shows why a
 * sign-in failed without telling whether an email is registered.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends PublicPage implements BeforeEnterObserver {

  private final LoginForm login = new LoginForm();

  LoginView(MailMode mail) {
    super("Welcome back", "Sign in to book, follow your repairs, or run your shop.");
    var i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle("");
    i18n.getForm().setUsername("Email");
    i18n.getForm().setForgotPassword("Forgot your password?");
    i18n.getErrorMessage().setTitle("We couldn't sign you in");
    i18n.getErrorMessage().setMessage("Check your email and password and try again.");
    login.setI18n(i18n);
    login.setAction("login");
    login.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate("forgot-password")));

    var rememberMe = new Checkbox("Keep me signed in for 30 days");
    rememberMe.getElement().setAttribute("name", "remember-me");
    rememberMe.getElement().setAttribute("slot", "custom-form-area");
    login.getElement().appendChild(rememberMe.getElement());

    var signUp = new Paragraph("New to Otopair? ");
    signUp.add(new Anchor("signup", "Create an account"), new Text(" or "));
    signUp.add(new Anchor("list-your-shop", "list your shop"));
    signUp.addClassName("otopair-small");
    setCardContent(login, signUp);
    if (mail.devMailbox()) {
      var dev = new Paragraph("Without a mail server, emails land in the ");
      var link = new Anchor("dev/mailbox", "dev mailbox");
      link.setId("dev-mailbox-link");
      dev.add(link, new Text("."));
      dev.addClassName("otopair-small");
      add(dev);
    }
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (CurrentUser.get().isPresent()) {
      event.forwardTo("home");
      return;
    }
    var parameters = event.getLocation().getQueryParameters().getParameters();
    if (parameters.containsKey("error")) {
      Object failure =
          VaadinSession.getCurrent()
              .getSession()
              .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
      if (failure instanceof LockedException) {
        login.showErrorMessage(
            "This account is suspended",
            "An Otopair admin suspended it. Contact support to have it reactivated.");
      } else {
        login.setError(true);
      }
    } else if (parameters.containsKey("ended")) {
      login.showErrorMessage(
          "You were signed out", "An admin changed your account. Sign in again to continue.");
    }
  }
}

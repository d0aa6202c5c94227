package com.otopair.identity.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.I18n;
import com.otopair.base.ui.PublicPage;
import com.otopair.base.ui.RateLimitTexts;
import com.otopair.identity.security.SessionSettings;
import com.otopair.identity.security.SignInThrottledException;
import com.otopair.identity.security.SignOutReason;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign in with email and password. Spring Security handles the form post; this view shows why a
 * sign-in failed, in the page's language, without telling whether an email is registered.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends PublicPage implements BeforeEnterObserver {

  private final LoginForm login = new LoginForm();
  private final SessionSettings sessions;

  LoginView(MailMode mail, SessionSettings sessions) {
    super(I18n.t("identity.login.heading"), I18n.t("identity.login.lead"));
    this.sessions = sessions;
    login.setI18n(texts());
    login.setAction("login");
    login.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate("forgot-password")));

    var rememberMe = new Checkbox(getTranslation("identity.login.remember-me"));
    rememberMe.getElement().setAttribute("name", "remember-me");
    rememberMe.getElement().setAttribute("slot", "custom-form-area");
    login.getElement().appendChild(rememberMe.getElement());

    var signUp =
        Sentences.paragraph(
            "identity.login.new",
            new Anchor("signup", getTranslation("identity.login.create-account")),
            new Anchor("list-your-shop", getTranslation("identity.login.list-your-shop")));
    signUp.addClassName("otopair-small");
    setCardContent(login, signUp);
    if (mail.devMailbox()) {
      var link = new Anchor("dev/mailbox", getTranslation("identity.dev-mailbox.link"));
      link.setId("dev-mailbox-link");
      var dev = Sentences.paragraph("identity.login.dev-mailbox", link);
      dev.addClassName("otopair-small");
      add(dev);
    }
  }

  /** The form's own words: labels, button, and why a sign-in failed. */
  private static LoginI18n texts() {
    var i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle("");
    i18n.getForm().setUsername(I18n.t("identity.field.email"));
    i18n.getForm().setPassword(I18n.t("identity.field.password"));
    i18n.getForm().setSubmit(I18n.t("identity.login.submit"));
    i18n.getForm().setForgotPassword(I18n.t("identity.login.forgot-password"));
    i18n.getErrorMessage().setTitle(I18n.t("identity.login.error.title"));
    i18n.getErrorMessage().setMessage(I18n.t("identity.login.error.text"));
    i18n.getErrorMessage().setUsername(I18n.t("identity.login.email.required"));
    i18n.getErrorMessage().setPassword(I18n.t("identity.login.password.required"));
    return i18n;
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
            I18n.t("identity.login.suspended.title"), I18n.t("identity.login.suspended.text"));
      } else if (failure instanceof SignInThrottledException throttled) {
        login.showErrorMessage(
            I18n.t("identity.login.throttled.title"),
            I18n.t(
                "identity.login.throttled.text",
                RateLimitTexts.tryAgain(throttled.retryAt(), throttled.retryAfter())));
      } else {
        login.setError(true);
      }
    } else {
      showWhySignedOut(parameters.keySet());
    }
  }

  /**
   * Why Otopair signed the person out on its own, if it did: named in the address ({@code
   * login?idle}, {@code ?expired}, {@code ?ended}) or left in the session that followed a timeout.
   */
  private void showWhySignedOut(Set<String> parameters) {
    HttpSession session =
        VaadinServletRequest.getCurrent().getHttpServletRequest().getSession(false);
    Optional<SignOutReason> reason =
        SignOutReason.ofParameters(parameters).or(() -> SignOutReason.of(session));
    SignOutReason.said(session);
    reason.ifPresent(
        why -> {
          switch (why) {
            case IDLE ->
                login.showErrorMessage(
                    I18n.t("identity.login.idle.title"),
                    I18n.t("identity.login.idle.text", sessions.idleMinutes()));
            case ABSOLUTE ->
                login.showErrorMessage(
                    I18n.t("identity.login.expired.title"),
                    I18n.t("identity.login.expired.text", sessions.absoluteHours()));
            case ENDED ->
                login.showErrorMessage(
                    I18n.t("identity.login.ended.title"), I18n.t("identity.login.ended.text"));
          }
        });
  }
}

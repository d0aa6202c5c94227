package com.otopair.identity.ui;

import com.otopair.base.I18n;
import com.otopair.base.Roles;
import com.otopair.base.ui.PublicPage;
import com.otopair.identity.AccountService;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-up for car owners. */
@Route(value = "signup", autoLayout = false)
@AnonymousAllowed
class SignUpView extends PublicPage {

  SignUpView(AccountService accounts, MailMode mail) {
    super(I18n.t("identity.sign-up.customer.heading"), I18n.t("identity.sign-up.customer.lead"));
    setCardContent(
        new SignUpForm(
            accounts,
            Roles.CUSTOMER,
            I18n.t("identity.sign-up.customer.submit"),
            email -> {
              setHeading(
                  I18n.t("identity.inbox.heading"), I18n.t("identity.sign-up.customer.sent"));
              setCardContent(
                  new CheckYourInbox("identity.inbox.confirmation-sent", email, mail.devMailbox()));
            }));
  }
}

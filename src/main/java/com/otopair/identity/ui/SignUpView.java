package com.otopair.identity.ui;

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
    super(
        "Create your account",
        "Book trusted mechanics, keep your car's history, and pay when the work is done.");
    setCardContent(
        new SignUpForm(
            accounts,
            Roles.CUSTOMER,
            "Create account",
            email -> {
              setHeading("Check your inbox", "One more step and you're ready to book.");
              setCardContent(
                  new CheckYourInbox("We sent a confirmation link to", email, mail.devMailbox()));
            }));
  }
}

package com.otopair.identity.ui;

import com.otopair.base.Roles;
import com.otopair.base.ui.PublicPage;
import com.otopair.identity.AccountService;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** "List your shop": sign-up for repair shop owners. */
@Route(value = "list-your-shop", autoLayout = false)
@AnonymousAllowed
class ShopOwnerSignUpView extends PublicPage {

  ShopOwnerSignUpView(AccountService accounts, MailMode mail) {
    super(
        "List your shop",
        "Fill your calendar with customers who book and pay online. Setting up takes ten minutes.");
    setCardContent(
        new SignUpForm(
            accounts,
            Roles.SHOP_OWNER,
            "Create shop owner account",
            email -> {
              setHeading("Check your inbox", "Confirm your email, then set up your shop.");
              setCardContent(
                  new CheckYourInbox("We sent a confirmation link to", email, mail.devMailbox()));
            }));
  }
}

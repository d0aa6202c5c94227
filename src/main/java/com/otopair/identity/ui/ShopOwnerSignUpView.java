package com.otopair.identity.ui;

import com.otopair.base.I18n;
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
    super(I18n.t("identity.sign-up.owner.heading"), I18n.t("identity.sign-up.owner.lead"));
    setCardContent(
        new SignUpForm(
            accounts,
            Roles.SHOP_OWNER,
            I18n.t("identity.sign-up.owner.submit"),
            email -> {
              setHeading(I18n.t("identity.inbox.heading"), I18n.t("identity.sign-up.owner.sent"));
              setCardContent(
                  new CheckYourInbox("identity.inbox.confirmation-sent", email, mail.devMailbox()));
            }));
  }
}

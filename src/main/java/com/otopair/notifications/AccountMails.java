package com.otopair.notifications;

import com.otopair.base.I18n;
import com.otopair.identity.AccountEmailRequested;
import java.util.Locale;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the account emails (verification, new address, password reset, claiming an account a shop
 * made, the alert about failed sign-ins) through the outbox.
 */
@Component
class AccountMails {

  private final MailTemplates templates;
  private final MailTransport transport;

  AccountMails(MailTemplates templates, MailTransport transport) {
    this.templates = templates;
    this.transport = transport;
  }

  @ApplicationModuleListener
  void on(AccountEmailRequested request) {
    // The link carries the request's one-time token (the alert's: its day): it is the fact.
    transport.send(render(request).about("account-email:" + request.kind() + ":" + request.link()));
  }

  OutgoingMail render(AccountEmailRequested request) {
    Map<String, Object> variables = Map.of("name", request.name(), "link", request.link());
    String template =
        switch (request.kind()) {
          case VERIFY_EMAIL -> "verify-email";
          case CONFIRM_NEW_EMAIL -> "confirm-new-email";
          case RESET_PASSWORD -> "reset-password";
          case CLAIM_ACCOUNT -> "claim-account";
          case SIGN_IN_ALERT -> "sign-in-alert";
        };
    Locale language =
        request.language() == null
            ? templates.languageOf(request.to())
            : I18n.ofTag(request.language());
    return I18n.in(
        language,
        () ->
            templates.render(
                template, request.to(), MailCatalog.subject(template, variables), variables));
  }
}

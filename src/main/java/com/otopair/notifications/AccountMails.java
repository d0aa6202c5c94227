package com.otopair.notifications;

import com.otopair.identity.AccountEmailRequested;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Sends the account emails (verification, new address, password reset) through the outbox. */
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
    // The link carries the request's one-time token: it is the fact.
    transport.send(render(request).about("account-email:" + request.kind() + ":" + request.link()));
  }

  OutgoingMail render(AccountEmailRequested request) {
    Map<String, Object> variables = Map.of("name", request.name(), "link", request.link());
    return switch (request.kind()) {
      case VERIFY_EMAIL ->
          templates.render(
              "verify-email", request.to(), "Confirm your email for Otopair", variables);
      case CONFIRM_NEW_EMAIL ->
          templates.render(
              "confirm-new-email", request.to(), "Confirm your new email for Otopair", variables);
      case RESET_PASSWORD ->
          templates.render(
              "reset-password", request.to(), "Reset your Otopair password", variables);
    };
  }
}

package com.otopair.notifications;

import com.otopair.base.I18n;
import com.otopair.identity.AccountLanguages;
import com.otopair.team.InvitationSent;
import java.util.Locale;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Sends team invitations through the outbox. */
@Component
class TeamMails {

  private final MailTemplates templates;
  private final MailTransport transport;
  private final AccountLanguages languages;

  TeamMails(MailTemplates templates, MailTransport transport, AccountLanguages languages) {
    this.templates = templates;
    this.transport = transport;
    this.languages = languages;
  }

  /** The invited address has no account yet: the mail goes out in the inviter's language. */
  @ApplicationModuleListener
  void on(InvitationSent invitation) {
    Locale language = languages.of(invitation.inviterId()).orElse(I18n.ENGLISH);
    Map<String, Object> values =
        Map.of(
            "shop", invitation.shopName(),
            "inviter", invitation.inviterName(),
            "link", invitation.link());
    transport.send(
        I18n.in(
                language,
                () ->
                    templates.render(
                        "invitation",
                        invitation.to(),
                        MailCatalog.subject("invitation", values),
                        values))
            // The link carries the invitation's one-time token: it is the fact.
            .about("invitation:" + invitation.link()));
  }
}

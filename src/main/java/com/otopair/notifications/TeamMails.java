package com.otopair.notifications;

import com.otopair.team.InvitationSent;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Sends team invitations through the outbox. */
@Component
class TeamMails {

  private final MailTemplates templates;
  private final MailTransport transport;

  TeamMails(MailTemplates templates, MailTransport transport) {
    this.templates = templates;
    this.transport = transport;
  }

  @ApplicationModuleListener
  void on(InvitationSent invitation) {
    transport.send(
        templates
            .render(
                "invitation",
                invitation.to(),
                invitation.inviterName()
                    + " invites you to join "
                    + invitation.shopName()
                    + " on Otopair",
                Map.of(
                    "shop", invitation.shopName(),
                    "inviter", invitation.inviterName(),
                    "link", invitation.link()))
            // The link carries the invitation's one-time token: it is the fact.
            .about("invitation:" + invitation.link()));
  }
}

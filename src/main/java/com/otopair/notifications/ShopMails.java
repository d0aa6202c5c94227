package com.otopair.notifications;

import com.otopair.base.PublicLinks;
import com.otopair.shops.ShopStatusChanged;
import java.util.HashMap;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells a shop's owner what an admin decided about their shop, through the outbox. */
@Component
class ShopMails {

  private final MailTemplates templates;
  private final MailTransport transport;
  private final PublicLinks links;

  ShopMails(MailTemplates templates, MailTransport transport, PublicLinks links) {
    this.templates = templates;
    this.transport = transport;
    this.links = links;
  }

  @ApplicationModuleListener
  void on(ShopStatusChanged change) {
    if (change.ownerEmail().isBlank()) {
      return;
    }
    var variables = new HashMap<String, Object>();
    variables.put("name", change.ownerName());
    variables.put("shop", change.name());
    variables.put("reason", change.reason() == null ? "" : change.reason());
    variables.put("pageLink", links.to("shops/" + change.slug()));
    variables.put("dashboardLink", links.to("shop"));
    String template =
        switch (change.status()) {
          case ACTIVE -> "shop-approved";
          case DEACTIVATED -> "shop-deactivated";
          case PENDING_APPROVAL -> null;
        };
    if (template != null) {
      OutgoingMail mail =
          templates.in(
              change.ownerEmail(),
              () ->
                  templates.render(
                      template,
                      change.ownerEmail(),
                      MailCatalog.subject(template, variables),
                      variables));
      transport.send(
          mail.about(
              "shop-status:"
                  + change.shopId()
                  + ":"
                  + change.status()
                  + ":"
                  + change.occurredAt()));
    }
  }
}

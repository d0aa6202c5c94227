package com.otopair.notifications.ui;

import com.otopair.base.LiveUpdates;
import com.otopair.base.Roles;
import com.otopair.notifications.DevMailbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The dev mailbox inside the admins' layout, or, where mail leaves over SMTP, a word on why there
 * is nothing to show.
 */
@Route("admin/mailbox")
@PageTitle("notifications.mailbox.title")
@Menu(order = 130, icon = "vaadin:envelopes-o", title = "notifications.mailbox.title")
@RolesAllowed(Roles.ADMIN)
class AdminMailboxView extends Main {

  AdminMailboxView(DevMailbox mailbox, LiveUpdates live) {
    addClassName("otopair-page");
    addClassName("otopair-grid-page");
    if (mailbox.enabled()) {
      add(
          new MailboxPanel(
              mailbox, live, new Paragraph(getTranslation("notifications.mailbox.kept"))));
    } else {
      var card =
          new Div(
              new H2(getTranslation("notifications.mailbox.smtp")),
              new Paragraph(getTranslation("notifications.mailbox.smtp.text")));
      card.addClassName("otopair-card");
      add(card);
    }
  }
}

package com.otopair.notifications.ui;

import com.otopair.base.LiveUpdates;
import com.otopair.notifications.DevMailbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The dev mailbox: on a machine without SMTP, every mail Otopair sends is kept and readable here,
 * by anyone, so that verification and reset links work out of the box. Not found when SMTP is
 * configured.
 */
@Route(value = "dev/mailbox", autoLayout = false)
@PageTitle("notifications.mailbox.title")
@AnonymousAllowed
class DevMailboxView extends Main implements BeforeEnterObserver {

  final MailboxPanel panel;
  private final DevMailbox mailbox;

  DevMailboxView(DevMailbox mailbox, LiveUpdates live) {
    this.mailbox = mailbox;
    panel =
        new MailboxPanel(
            mailbox,
            live,
            new H2(getTranslation("notifications.mailbox.title")),
            new Paragraph(getTranslation("notifications.mailbox.intro")),
            new Anchor("login", getTranslation("notifications.mailbox.back")));
    add(panel);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (!mailbox.enabled()) {
      event.rerouteToError(NotFoundException.class);
    }
  }
}

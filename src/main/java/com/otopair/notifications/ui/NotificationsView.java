package com.otopair.notifications.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.I18n;
import com.otopair.base.LiveUpdates;
import com.otopair.base.NotFoundException;
import com.otopair.notifications.InAppNotification;
import com.otopair.notifications.Inbox;
import com.otopair.notifications.InboxChanged;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything the signed-in user was told, newest first: unread ones bold with a dot. Opening one
 * marks it read and goes to its page. Updates live when something new arrives.
 */
@Route("notifications")
@PageTitle("notifications.page.title")
@Menu(order = 85, icon = "vaadin:bell", title = "notifications.page.title")
@PermitAll
class NotificationsView extends Main {

  static final int PAGE = 20;

  final Button markAll = new Button(getTranslation("notifications.page.mark-all"));
  final Div list = new Div();
  final Paragraph empty = new Paragraph(getTranslation("notifications.page.empty"));
  final Button more = new Button(getTranslation("notifications.page.more"));

  private final Inbox inbox;
  private final Clock clock;
  private int shown = PAGE;

  NotificationsView(Inbox inbox, LiveUpdates live, Clock clock) {
    this.inbox = inbox;
    this.clock = clock;
    addClassName("otopair-page");
    markAll.setId("mark-all-read");
    markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    markAll.addClickListener(
        e -> {
          inbox.markAllRead();
          refresh();
        });
    list.setId("notifications");
    list.addClassName("otopair-notification-list");
    empty.addClassName("otopair-muted");
    empty.setId("notifications-empty");
    more.setId("more-notifications");
    more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    more.addClickListener(
        e -> {
          shown += PAGE;
          refresh();
        });
    var bar = new Div(markAll);
    bar.addClassName("otopair-notification-bar");
    var card = new Div(bar, list, empty, more);
    card.addClassName("otopair-card");
    add(card);
    refresh();
    UUID me = CurrentUser.require().id();
    live.subscribe(
        this,
        InboxChanged.class,
        event -> {
          if (event.userId().equals(me)) {
            refresh();
          }
        });
  }

  void refresh() {
    // One more than shown tells whether there are more.
    List<InAppNotification> page = inbox.latest(0, shown + 1);
    list.removeAll();
    page.stream().limit(shown).forEach(n -> list.add(row(n, clock, () -> open(n.id(), n.link()))));
    empty.setVisible(page.isEmpty());
    more.setVisible(page.size() > shown);
    markAll.setEnabled(page.stream().anyMatch(InAppNotification::unread));
  }

  private void open(UUID id, String link) {
    open(inbox, id, link);
  }

  /** Marks it read and goes to its page (a notification already gone still leads there). */
  static void open(Inbox inbox, UUID id, String link) {
    try {
      inbox.markRead(id);
    } catch (NotFoundException gone) {
      // Deleted with its subject meanwhile: the page says what there is to see.
    }
    UI.getCurrent().navigate(link);
  }

  /** One notification: a dot and bold when unread, what happened, and when; opens on a click. */
  static Div row(InAppNotification n, Clock clock, Runnable open) {
    var title = new Span(n.title());
    title.addClassName("otopair-notification-title");
    var body = new Span(n.body());
    body.addClassName("otopair-notification-body");
    var when = new Span(ago(n.createdAt(), clock.instant()));
    when.addClassName("otopair-notification-when");
    var dot = new Span();
    dot.addClassName("otopair-notification-dot");
    dot.getElement().setAttribute("aria-hidden", "true");
    dot.setVisible(n.unread());
    var text = new Div(title, body, when);
    text.addClassName("otopair-notification-text");
    var row = new Div(dot, text);
    row.setId("notification-" + n.id());
    row.addClassName("otopair-notification");
    if (n.unread()) {
      row.addClassName("otopair-notification-unread");
    }
    row.getElement().setAttribute("role", "link");
    row.getElement().setAttribute("tabindex", "0");
    row.getElement()
        .setAttribute(
            "aria-label",
            I18n.t(
                n.unread() ? "notifications.page.unread" : "notifications.page.read",
                n.title(),
                n.body()));
    row.addClickListener(e -> open.run());
    Shortcuts.addShortcutListener(row, open::run, Key.ENTER).listenOn(row);
    return row;
  }

  /** "just now", "5 min ago", "3 h ago", "2 days ago", in the reader's language. */
  static String ago(Instant at, Instant now) {
    Duration age = Duration.between(at, now);
    if (age.toMinutes() < 1) {
      return I18n.t("notifications.ago.now");
    }
    if (age.toHours() < 1) {
      return I18n.t("notifications.ago.minutes", age.toMinutes());
    }
    if (age.toDays() < 1) {
      return I18n.t("notifications.ago.hours", age.toHours());
    }
    long days = age.toDays();
    return days == 1
        ? I18n.t("notifications.ago.yesterday")
        : I18n.t("notifications.ago.days", days);
  }
}

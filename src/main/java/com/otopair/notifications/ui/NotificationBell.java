package com.otopair.notifications.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.LiveUpdates;
import com.otopair.base.ui.NavbarWidget;
import com.otopair.notifications.InAppNotification;
import com.otopair.notifications.Inbox;
import com.otopair.notifications.InboxChanged;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The bell in the top bar: how many notifications are unread (live, by server push), and on a click
 * the latest few with a way to the full list.
 */
class NotificationBell extends Div {

  static final int LATEST = 5;

  final Button button = new Button(VaadinIcon.BELL.create());
  final Span badge = new Span();
  final Popover dropdown = new Popover();
  final Div latest = new Div();

  private final Inbox inbox;
  private final Clock clock;
  private final UUID userId;

  NotificationBell(Inbox inbox, LiveUpdates live, Clock clock, UUID userId) {
    this.inbox = inbox;
    this.clock = clock;
    this.userId = userId;
    setId("notification-bell");
    addClassName("otopair-bell");
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
    badge.addClassName("otopair-bell-badge");
    badge.getElement().setAttribute("aria-hidden", "true");
    add(button, badge);

    latest.addClassName("otopair-bell-latest");
    var seeAll = new Button(getTranslation("notifications.bell.see-all"), e -> go("notifications"));
    seeAll.setId("see-all-notifications");
    seeAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    var markAll =
        new Button(
            getTranslation("notifications.page.mark-all"),
            e -> {
              inbox.markAllRead();
              refresh();
            });
    markAll.setId("bell-mark-all-read");
    markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    var footer = new Div(markAll, seeAll);
    footer.addClassName("otopair-bell-footer");
    dropdown.setTarget(button);
    dropdown.setPosition(PopoverPosition.BOTTOM_END);
    dropdown.setAriaLabel(getTranslation("notifications.bell.latest"));
    dropdown.addClassName("otopair-bell-dropdown");
    dropdown.add(latest, footer);
    dropdown.addOpenedChangeListener(
        e -> {
          if (e.isOpened()) {
            fillLatest();
          }
        });
    refresh();
    live.subscribe(
        this,
        InboxChanged.class,
        event -> {
          if (event.userId().equals(userId)) {
            refresh();
          }
        });
  }

  /** Re-reads the count, and the open dropdown's list. */
  void refresh() {
    int unread = inbox.unreadCount();
    badge.setText(unread > 9 ? "9+" : String.valueOf(unread));
    badge.setVisible(unread > 0);
    button.setAriaLabel(getTranslation("notifications.bell.label", unread));
    if (dropdown.isOpened()) {
      fillLatest();
    }
  }

  private void fillLatest() {
    List<InAppNotification> items = inbox.latest(0, LATEST);
    latest.removeAll();
    if (items.isEmpty()) {
      var empty = new Paragraph(getTranslation("notifications.page.empty"));
      empty.addClassName("otopair-muted");
      latest.add(empty);
    }
    items.forEach(
        n ->
            latest.add(
                NotificationsView.row(
                    n,
                    clock,
                    () -> {
                      dropdown.close();
                      NotificationsView.open(inbox, n.id(), n.link());
                    })));
  }

  private void go(String location) {
    dropdown.close();
    getUI().ifPresent(ui -> ui.navigate(location));
  }

  /** Puts a bell in the top bar of every signed-in user. */
  @org.springframework.stereotype.Component
  static class Widget implements NavbarWidget {

    private final Inbox inbox;
    private final LiveUpdates live;
    private final Clock clock;

    Widget(Inbox inbox, LiveUpdates live, Clock clock) {
      this.inbox = inbox;
      this.live = live;
      this.clock = clock;
    }

    @Override
    public Optional<Component> create() {
      return CurrentUser.get().map(user -> new NotificationBell(inbox, live, clock, user.id()));
    }
  }
}

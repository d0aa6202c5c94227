package com.otopair.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.notifications.Inbox;
import com.otopair.notifications.InboxFixtures;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell's live count, its dropdown, and the notifications page. */
class NotificationsViewTest extends KaribuTest {

  @Autowired Inbox inbox;
  @Autowired UserProvisioning users;

  UUID me;

  @BeforeEach
  void aFreshCustomer() {
    String email = "inbox-" + UUID.randomUUID() + "@example.test";
    me = users.createVerifiedUser(email, "Ines Inbox", Roles.CUSTOMER, "a passphrase!");
    signInAs(email);
  }

  private void tell(String title, String link) {
    InboxFixtures.notify(inbox, me, title, "Details of " + title, link);
  }

  private static NotificationBell bell() {
    return _get(NotificationBell.class);
  }

  private static String badge() {
    NotificationBell bell = bell();
    return bell.badge.isVisible() ? bell.badge.getText() : "";
  }

  private static List<Div> rows(Component in) {
    return in.getChildren()
        .filter(c -> c.getClassNames().contains("otopair-notification"))
        .map(Div.class::cast)
        .toList();
  }

  private static String title(Div row) {
    return row.getElement().getChild(1).getChild(0).getText();
  }

  @Test
  void theBellShowsTheUnreadCountAndNinePlusAboveNine() {
    tell("First", "bookings");
    tell("Second", "bookings");
    navigate("profile");

    assertThat(badge()).isEqualTo("2");
    assertThat(bell().button.getElement().getAttribute("aria-label"))
        .isEqualTo("Notifications, 2 unread");

    for (int i = 0; i < 8; i++) {
      tell("More " + i, "bookings");
    }
    runPendingPushes();
    assertThat(badge()).isEqualTo("9+");
    assertThat(bell().button.getElement().getAttribute("aria-label"))
        .isEqualTo("Notifications, 10 unread");
  }

  @Test
  void aNotificationCreatedElsewhereUpdatesAnOpenBellLive() throws Exception {
    navigate("profile");
    assertThat(badge()).isEmpty();
    assertThat(bell().button.getElement().getAttribute("aria-label"))
        .isEqualTo("Notifications, 0 unread");

    CompletableFuture.runAsync(() -> tell("Your car is ready", "bookings")).get();
    runPendingPushes();

    assertThat(badge()).isEqualTo("1");
  }

  @Test
  void theDropdownListsTheLatestFiveAndOpensOne() {
    for (int i = 1; i <= 6; i++) {
      tell("Note " + i, "bookings");
    }
    navigate("profile");
    NotificationBell bell = bell();
    bell.dropdown.open();

    List<Div> latest = rows(bell.latest);
    assertThat(latest).hasSize(5);
    assertThat(title(latest.getFirst())).isEqualTo("Note 6");
    assertThat(latest.getFirst().getClassNames()).contains("otopair-notification-unread");

    _click(latest.getFirst());
    runPendingPushes();
    assertThat(currentView()).isEqualTo("MyBookingsView");
    assertThat(badge()).isEqualTo("5");
  }

  @Test
  void thePageListsNotificationsNewestFirstAndOpeningOneMarksItRead() {
    tell("Booked: Oil change", "bookings");
    tell("Your car is ready", "profile");
    navigate("notifications");
    NotificationsView view = _get(NotificationsView.class);

    List<Div> shown = rows(view.list);
    assertThat(shown)
        .extracting(NotificationsViewTest::title)
        .containsExactly("Your car is ready", "Booked: Oil change");
    assertThat(shown).allMatch(r -> r.getClassNames().contains("otopair-notification-unread"));
    assertThat(view.empty.isVisible()).isFalse();

    _click(shown.getFirst());
    runPendingPushes();
    assertThat(currentView()).isEqualTo("ProfileView");
    assertThat(badge()).isEqualTo("1");

    navigate("notifications");
    view = _get(NotificationsView.class);
    shown = rows(view.list);
    assertThat(shown.getFirst().getClassNames()).doesNotContain("otopair-notification-unread");
    assertThat(shown.get(1).getClassNames()).contains("otopair-notification-unread");
  }

  @Test
  void markAllAsReadZeroesTheBell() {
    tell("One", "bookings");
    tell("Two", "bookings");
    navigate("notifications");
    NotificationsView view = _get(NotificationsView.class);
    assertThat(badge()).isEqualTo("2");

    _click(view.markAll);
    runPendingPushes();

    assertThat(badge()).isEmpty();
    assertThat(bell().button.getElement().getAttribute("aria-label"))
        .isEqualTo("Notifications, 0 unread");
    assertThat(rows(view.list))
        .noneMatch(r -> r.getClassNames().contains("otopair-notification-unread"));
    assertThat(view.markAll.isEnabled()).isFalse();
  }

  @Test
  void withNothingToShowThePageSaysSo() {
    navigate("notifications");
    NotificationsView view = _get(NotificationsView.class);

    assertThat(view.empty.isVisible()).isTrue();
    assertThat(view.empty.getText()).isEqualTo("You’re all caught up.");
    assertThat(rows(view.list)).isEmpty();
    assertThat(view.markAll.isEnabled()).isFalse();
    assertThat(view.more.isVisible()).isFalse();
  }
}

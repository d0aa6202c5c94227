package com.otopair.notifications;

import java.util.UUID;

/** Puts a notification in a user's inbox directly, as the listeners do, for view tests. */
public final class InboxFixtures {

  private InboxFixtures() {}

  public static void notify(Inbox inbox, UUID userId, String title, String body, String link) {
    inbox.notify(
        userId, "TEST", () -> new Inbox.Words(title, body), link, "test:" + UUID.randomUUID());
  }
}

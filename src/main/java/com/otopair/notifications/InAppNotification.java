package com.otopair.notifications;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A notification as its user sees it in the bell and on the notifications page: what happened, and
 * the page that shows it ({@code link} is a relative route such as {@code bookings/<id>}).
 */
public record InAppNotification(
    UUID id,
    String kind,
    String title,
    String body,
    String link,
    Instant createdAt,
    @Nullable Instant readAt) {

  public boolean unread() {
    return readAt == null;
  }
}

package com.otopair.notifications;

import com.otopair.base.AccountLanguage;
import com.otopair.base.CurrentUser;
import com.otopair.base.I18n;
import com.otopair.base.NotFoundException;
import com.otopair.notifications.domain.Notification;
import com.otopair.notifications.domain.NotificationRepository;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's in-app notifications: how many are unread, the latest ones, and marking them
 * read. The listeners of other modules' events add them ({@link #notify}). Every change publishes
 * {@link InboxChanged}, so the user's open bells update by server push.
 */
@Service
@Transactional
public class Inbox {

  /** The most a page of notifications holds. */
  public static final int MAX_PAGE = 100;

  /** What a notification says: its title and its line, in its recipient's language. */
  record Words(String title, String body) {

    /** The title and the line of these keys of the bundles, in the language of the moment. */
    static Words of(String titleKey, Object[] titleArgs, String bodyKey, Object... bodyArgs) {
      return new Words(I18n.t(titleKey, titleArgs), I18n.t(bodyKey, bodyArgs));
    }
  }

  private final NotificationRepository notifications;
  private final ApplicationEventPublisher events;
  private final AccountLanguage languages;
  private final Clock clock;

  Inbox(
      NotificationRepository notifications,
      ApplicationEventPublisher events,
      AccountLanguage languages,
      Clock clock) {
    this.notifications = notifications;
    this.events = events;
    this.languages = languages;
    this.clock = clock;
  }

  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public int unreadCount() {
    return (int) notifications.countByUserIdAndReadAtIsNull(me());
  }

  /** The signed-in user's notifications, newest first. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<InAppNotification> latest(int offset, int limit) {
    if (offset < 0 || limit < 1) {
      return List.of();
    }
    return notifications.latest(me(), offset, Math.min(limit, MAX_PAGE)).stream()
        .map(Inbox::view)
        .toList();
  }

  /** Marks one of the signed-in user's notifications read; anyone else's is not found. */
  @PreAuthorize("isAuthenticated()")
  public void markRead(UUID id) {
    UUID me = me();
    Notification notification =
        notifications
            .findByIdAndUserId(id, me)
            .orElseThrow(() -> new NotFoundException("notifications.inbox.not-found"));
    if (notification.getReadAt() == null) {
      notification.read(clock.instant());
      events.publishEvent(new InboxChanged(me));
    }
  }

  @PreAuthorize("isAuthenticated()")
  public void markAllRead() {
    UUID me = me();
    if (notifications.markAllRead(me, clock.instant()) > 0) {
      events.publishEvent(new InboxChanged(me));
    }
  }

  /**
   * Tells a user something happened, once per {@code dedupeKey} (an event handled again adds
   * nothing). The {@code words} are written in the user's language, as they are stored for them
   * alone. For the listeners of this module; runs without a signed-in user.
   */
  void notify(UUID userId, String kind, Supplier<Words> words, String link, String dedupeKey) {
    Words written = I18n.in(languages.of(userId).orElse(I18n.ENGLISH), words);
    String title = written.title();
    String body = written.body();
    int added =
        notifications.addOnce(
            UUID.randomUUID(),
            userId,
            kind,
            clip(title, 200),
            clip(body, 500),
            clip(link, 500),
            clip(dedupeKey, 200),
            clock.instant());
    if (added > 0) {
      events.publishEvent(new InboxChanged(userId));
    }
  }

  private static UUID me() {
    return CurrentUser.require().id();
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static InAppNotification view(Notification n) {
    return new InAppNotification(
        n.getId(),
        n.getKind(),
        n.getTitle(),
        n.getBody(),
        n.getLink(),
        n.getCreatedAt(),
        n.getReadAt());
  }
}

package com.otopair.notifications;

import com.otopair.base.CurrentUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which optional emails a user wants: reminders before their bookings, and news and offers.
 * Everyone gets both until they say otherwise. Transactional mail (booking confirmations, receipts,
 * password resets and other security mail) is not optional and never asks here.
 */
@Service
@Transactional
public class NotificationPreferences {

  /** A user's choices. */
  public record Preferences(boolean reminders, boolean marketing) {

    /** What a user who never changed anything gets. */
    public static final Preferences DEFAULTS = new Preferences(true, true);
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  NotificationPreferences(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Whether this user wants reminders before their bookings; for listeners, no sign-in needed. */
  @Transactional(readOnly = true)
  public boolean wantsReminders(UUID userId) {
    return of(userId).reminders();
  }

  /** Whether this user wants news and offers from Otopair; for listeners, no sign-in needed. */
  @Transactional(readOnly = true)
  public boolean wantsMarketing(UUID userId) {
    return of(userId).marketing();
  }

  /** The signed-in user's choices. */
  @Transactional(readOnly = true)
  @PreAuthorize("isAuthenticated()")
  public Preferences mine() {
    return of(CurrentUser.require().id());
  }

  /** Saves the signed-in user's choices and returns them. */
  @PreAuthorize("isAuthenticated()")
  public Preferences change(boolean reminders, boolean marketing) {
    jdbc.sql(
            """
            insert into notification_preferences (user_id, reminders, marketing, updated_at)
            values (:user, :reminders, :marketing, :now)
            on conflict (user_id) do update set reminders = excluded.reminders,
                marketing = excluded.marketing, updated_at = excluded.updated_at
            """)
        .param("user", CurrentUser.require().id())
        .param("reminders", reminders)
        .param("marketing", marketing)
        .param("now", Timestamp.from(clock.instant()))
        .update();
    return new Preferences(reminders, marketing);
  }

  private Preferences of(UUID userId) {
    return jdbc.sql(
            """
            select reminders, marketing from notification_preferences where user_id = :user
            """)
        .param("user", userId)
        .query(
            (row, n) -> new Preferences(row.getBoolean("reminders"), row.getBoolean("marketing")))
        .optional()
        .orElse(Preferences.DEFAULTS);
  }
}

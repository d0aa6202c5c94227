package com.otopair.consult;

import com.otopair.base.CurrentUser;
import com.otopair.base.Roles;
import com.otopair.shops.ShopMembership;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether mechanics take live sessions now. The switch is kept on the account; a mechanic counts as
 * online while it is on and their browser has been heard from in the last two minutes (its
 * heartbeat refreshes {@code last_seen_at}), so a closed laptop drops out of the count by itself.
 */
@Service
@Transactional
public class MechanicPresence {

  /** A mechanic not heard from for this long counts as offline. */
  public static final Duration GONE_AFTER = Duration.ofMinutes(2);

  /** Heartbeats closer together than this do not write. */
  private static final Duration SEEN_EVERY = Duration.ofSeconds(20);

  private final JdbcTemplate jdbc;
  private final ShopMembership membership;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  MechanicPresence(
      JdbcTemplate jdbc, ShopMembership membership, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.membership = membership;
    this.events = events;
    this.clock = clock;
  }

  /** Turns the signed-in mechanic's live sessions on or off. */
  @PreAuthorize("hasRole('" + Roles.MECHANIC + "')")
  public void setOnline(boolean online) {
    UUID me = CurrentUser.require().id();
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.update(
        "insert into consult_mechanic_status (user_id, online, changed_at, last_seen_at)"
            + " values (?, ?, ?, ?) on conflict (user_id) do update set online = excluded.online,"
            + " changed_at = excluded.changed_at, last_seen_at = excluded.last_seen_at",
        me,
        online,
        now,
        now);
    events.publishEvent(new MechanicStatusChanged(me));
  }

  /** Whether the signed-in mechanic's switch is on. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public boolean isOnline() {
    return isOnline(CurrentUser.require().id());
  }

  /** Whether a mechanic's switch is on and their browser was heard from lately. */
  @Transactional(readOnly = true)
  public boolean isOnline(UUID mechanicId) {
    return !online(List.of(mechanicId)).isEmpty();
  }

  /**
   * The browser of a signed-in user is still there (Vaadin's heartbeat). A mechanic who had dropped
   * out of the count comes back into it.
   */
  public void seen(UUID userId) {
    Instant now = clock.instant();
    int back =
        jdbc.update(
            "update consult_mechanic_status set last_seen_at = ?"
                + " where user_id = ? and last_seen_at < ?",
            Timestamp.from(now),
            userId,
            Timestamp.from(now.minus(SEEN_EVERY)));
    if (back == 1 && isOnline(userId)) {
      events.publishEvent(new MechanicStatusChanged(userId));
    }
  }

  /** How many of the shop's mechanics are online now. */
  @Transactional(readOnly = true)
  public int onlineAt(UUID shopId) {
    return online(membership.mechanicsOf(shopId)).size();
  }

  /** Every mechanic online now, anywhere: one small read, where "who can talk now" starts. */
  @Transactional(readOnly = true)
  public Set<UUID> onlineNow() {
    return Set.copyOf(
        jdbc.queryForList(
            "select user_id from consult_mechanic_status where online and last_seen_at > ?",
            UUID.class,
            Timestamp.from(clock.instant().minus(GONE_AFTER))));
  }

  /** Which of these mechanics are online now. */
  @Transactional(readOnly = true)
  public Set<UUID> online(Collection<UUID> mechanicIds) {
    if (mechanicIds.isEmpty()) {
      return Set.of();
    }
    return jdbc
        .queryForList(
            "select user_id from consult_mechanic_status where online and last_seen_at > ?"
                + " and user_id = any (?)",
            UUID.class,
            Timestamp.from(clock.instant().minus(GONE_AFTER)),
            mechanicIds.toArray(UUID[]::new))
        .stream()
        .collect(Collectors.toSet());
  }
}

package com.otopair.consult;

import com.otopair.base.CurrentUser;
import com.otopair.base.Roles;
import com.otopair.consult.domain.ConsultSessionRepository;
import com.otopair.shops.ShopMembership;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live sessions at a glance, for the homes: how many wait for a mechanic, a mechanic's day of
 * sessions, a customer's sessions going on now. Counted in SQL, for the signed-in user only,
 * "today" and "this week" in each shop's zone.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class SessionOverview {

  private final ConsultSessionRepository sessions;
  private final SessionAccess access;
  private final ShopMembership membership;
  private final Clock clock;

  SessionOverview(
      ConsultSessionRepository sessions,
      SessionAccess access,
      ShopMembership membership,
      Clock clock) {
    this.sessions = sessions;
    this.access = access;
    this.membership = membership;
    this.clock = clock;
  }

  /**
   * A mechanic's sessions: the one they are in now (if any), those booked with them today still to
   * come or waiting for them, and how many they saw through this week (from Monday).
   */
  public record MechanicDay(
      @Nullable SessionSummary active, List<SessionSummary> bookedToday, long endedThisWeek) {}

  /**
   * How many sessions wait in the queues of the mechanic's shops that they may take now: what their
   * sessions page lists under "Waiting for a mechanic".
   */
  @PreAuthorize("hasRole('" + Roles.MECHANIC + "')")
  public long waitingForMe() {
    UUID me = CurrentUser.require().id();
    Map<UUID, ZoneId> shops = membership.workplaces(me);
    if (shops.isEmpty()) {
      return 0;
    }
    return sessions.countWaitingAt(shops.keySet(), me, clock.instant());
  }

  /** The signed-in mechanic's day of sessions, across the shops they work at. */
  @PreAuthorize("hasRole('" + Roles.MECHANIC + "')")
  public MechanicDay mechanicDay() {
    UUID me = CurrentUser.require().id();
    Instant now = clock.instant();
    List<SessionSummary> booked = new ArrayList<>();
    long ended = 0;
    for (Map.Entry<UUID, ZoneId> shop : membership.workplaces(me).entrySet()) {
      ZoneId zone = shop.getValue();
      LocalDate today = LocalDate.ofInstant(now, zone);
      LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      sessions
          .bookedBetween(me, shop.getKey(), start(today, zone), start(today.plusDays(1), zone))
          .forEach(s -> booked.add(access.summary(s)));
      ended +=
          sessions.countEndedBetween(
              me, shop.getKey(), start(monday, zone), start(monday.plusWeeks(1), zone));
    }
    booked.sort(Comparator.comparing(s -> s.startsAt() == null ? s.requestedAt() : s.startsAt()));
    SessionSummary active = sessions.activeOf(me).map(access::summary).orElse(null);
    return new MechanicDay(active, booked, ended);
  }

  /**
   * The signed-in customer's sessions going on now: waiting for a mechanic or live, newest first.
   */
  public List<SessionSummary> customerNow() {
    return sessions
        .findByCustomerIdAndStatusInOrderByRequestedAtDesc(
            CurrentUser.require().id(), EnumSet.of(SessionStatus.WAITING, SessionStatus.ACTIVE))
        .stream()
        .map(access::summary)
        .toList();
  }

  private static Instant start(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toInstant();
  }
}

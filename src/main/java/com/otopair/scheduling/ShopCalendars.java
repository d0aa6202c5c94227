package com.otopair.scheduling;

import com.otopair.scheduling.domain.AvailabilityWindowRepository;
import com.otopair.scheduling.domain.BookingPolicyEntity;
import com.otopair.scheduling.domain.BookingPolicyRepository;
import com.otopair.scheduling.domain.ScheduleOverrideRepository;
import com.otopair.scheduling.domain.TimeOffRepository;
import com.otopair.shops.OpeningHours;
import com.otopair.shops.ShopMembership;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each shop's calendar, what every slot query and every hold reads before the bookings: its time
 * zone, opening hours, mechanics, booking policy, weekly windows, and the overrides and time off
 * from a week ago on. A node keeps one copy per shop under the shop's calendar version (Liquibase
 * 0073: every change to those tables moves it in the same transaction, whoever makes it), and reads
 * the version by primary key before it uses the copy: one small query instead of eight, and never a
 * calendar older than the last commit. Bookings are never kept: they are read every time. Only a
 * transaction that has written nothing keeps what it read, so a copy never holds changes that may
 * still be rolled back.
 */
@Component
class ShopCalendars {

  /** How far back a kept calendar's overrides and time off go: slots are asked for from today. */
  private static final int DAYS_BACK = 7;

  /** A bound on the copies kept; past it they are all dropped and read again as needed. */
  private static final int MOST_KEPT = 5_000;

  /** A shop's calendar as of {@code version}, with the dated entries from {@code since} on. */
  record Calendar(
      long version,
      LocalDate since,
      ZoneId zone,
      List<UUID> team,
      List<OpeningHours> openingHours,
      BookingPolicy policy,
      List<WeeklyWindow> windows,
      List<DateOverride> overrides,
      List<TimeOffPeriod> timeOff) {

    List<WeeklyWindow> windowsOf(Collection<UUID> mechanics) {
      return windows.stream().filter(w -> mechanics.contains(w.mechanicId())).toList();
    }

    List<DateOverride> overridesOf(Collection<UUID> mechanics, LocalDate from, LocalDate to) {
      return overrides.stream()
          .filter(o -> mechanics.contains(o.mechanicId()))
          .filter(o -> !o.date().isBefore(from) && !o.date().isAfter(to))
          .toList();
    }

    List<TimeOffPeriod> timeOffOf(Collection<UUID> mechanics, LocalDate from, LocalDate to) {
      return timeOff.stream()
          .filter(t -> mechanics.contains(t.mechanicId()))
          .filter(t -> !t.firstDay().isAfter(to) && !t.lastDay().isBefore(from))
          .toList();
    }
  }

  private record Version(long number, boolean cleanTransaction) {}

  private final Map<UUID, Calendar> kept = new ConcurrentHashMap<>();
  private final JdbcTemplate jdbc;
  private final ShopMembership membership;
  private final BookingPolicyRepository policies;
  private final AvailabilityWindowRepository windows;
  private final ScheduleOverrideRepository overrides;
  private final TimeOffRepository timeOff;
  private final Clock clock;

  ShopCalendars(
      JdbcTemplate jdbc,
      ShopMembership membership,
      BookingPolicyRepository policies,
      AvailabilityWindowRepository windows,
      ScheduleOverrideRepository overrides,
      TimeOffRepository timeOff,
      Clock clock) {
    this.jdbc = jdbc;
    this.membership = membership;
    this.policies = policies;
    this.windows = windows;
    this.overrides = overrides;
    this.timeOff = timeOff;
    this.clock = clock;
  }

  /** The shop's calendar now, with its dated entries from {@code from} on (or earlier). */
  Calendar of(UUID shopId, LocalDate from) {
    Version version = version(shopId);
    Calendar copy = kept.get(shopId);
    if (copy != null && copy.version() == version.number() && !from.isBefore(copy.since())) {
      return copy;
    }
    LocalDate weekAgo = LocalDate.now(clock).minusDays(DAYS_BACK);
    Calendar read = read(shopId, version.number(), from.isBefore(weekAgo) ? from : weekAgo);
    if (version.cleanTransaction() && !read.since().isBefore(weekAgo)) {
      if (kept.size() >= MOST_KEPT) {
        kept.clear();
      }
      kept.put(shopId, read);
    }
    return read;
  }

  /** The shop's calendar for what does not depend on dates: its zone, hours, team and policy. */
  Calendar of(UUID shopId) {
    return of(shopId, LocalDate.now(clock));
  }

  /**
   * The shop's calendar version (0 before anything of its calendar was written), and whether this
   * transaction has written nothing yet (no transaction id is assigned to it).
   */
  private Version version(UUID shopId) {
    return jdbc.queryForObject(
        """
        select coalesce((select version from shop_calendar_versions where shop_id = ?), 0),
               txid_current_if_assigned() is null
        """,
        (row, n) -> new Version(row.getLong(1), row.getBoolean(2)),
        shopId);
  }

  private Calendar read(UUID shopId, long version, LocalDate since) {
    return new Calendar(
        version,
        since,
        membership.zoneOf(shopId),
        membership.mechanicsOf(shopId),
        membership.openingHoursOf(shopId),
        policies
            .findByShopId(shopId)
            .map(BookingPolicyEntity::toPolicy)
            .orElse(BookingPolicy.DEFAULT),
        windows.findByShopId(shopId).stream()
            .map(w -> ScheduleMapping.window(w).toWeekly())
            .toList(),
        overrides.findByShopIdAndDateGreaterThanEqual(shopId, since).stream()
            .map(o -> ScheduleMapping.override(o).toDateOverride())
            .toList(),
        timeOff.since(shopId, since).stream()
            .map(t -> ScheduleMapping.timeOff(t).toPeriod())
            .toList());
  }
}

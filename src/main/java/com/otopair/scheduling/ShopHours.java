package com.otopair.scheduling;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.OpeningHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When a service can be booked, whatever the mechanics' hours say: within the shop's posted opening
 * hours for work at the shop, one span a weekday in the shop's zone, a weekday without hours being
 * closed; {@link #ANY_TIME} for remote services (they follow the mechanics' windows) and for a shop
 * that has posted no hours at all (its hours are unknown, as its booking page says).
 */
public final class ShopHours {

  /** Binds nothing: the mechanics' windows alone decide. */
  public static final ShopHours ANY_TIME = new ShopHours(null);

  private final @Nullable Map<DayOfWeek, OpeningHours> days;

  private ShopHours(@Nullable Map<DayOfWeek, OpeningHours> days) {
    this.days = days;
  }

  /** The posted hours, which bind a service done at the shop; none posted binds nothing. */
  public static ShopHours posted(List<OpeningHours> hours) {
    if (hours.isEmpty()) {
      return ANY_TIME;
    }
    var days = new EnumMap<DayOfWeek, OpeningHours>(DayOfWeek.class);
    hours.forEach(h -> days.put(h.day(), h));
    return new ShopHours(days);
  }

  /** The hours that bind a service in {@code mode}: the posted ones only for work at the shop. */
  public static ShopHours forMode(OfferingMode mode, List<OpeningHours> posted) {
    return mode == OfferingMode.IN_SHOP ? posted(posted) : ANY_TIME;
  }

  /** Whether these hours limit when slots may lie. */
  public boolean binds() {
    return days != null;
  }

  /** The span of {@code day}, when these hours bind and the shop opens that day. */
  public Optional<OpeningHours> on(DayOfWeek day) {
    return days == null ? Optional.empty() : Optional.ofNullable(days.get(day));
  }

  /**
   * Whether weekly hours {@code start} to {@code end} (an end of 00:00 is midnight) lie within the
   * hours of {@code day}: always when these hours bind nothing.
   */
  public boolean cover(DayOfWeek day, LocalTime start, LocalTime end) {
    if (days == null) {
      return true;
    }
    OpeningHours open = days.get(day);
    return open != null
        && !start.isBefore(open.opens())
        && !EndOfDay.is(end)
        && !end.isAfter(open.closes());
  }

  /**
   * One sentence, in the reader's language, when weekly hours {@code start} to {@code end} on
   * {@code day} reach outside these hours (work at the shop won't be offered there), or null when
   * they lie within.
   */
  public @Nullable String warningFor(DayOfWeek day, LocalTime start, LocalTime end) {
    if (cover(day, start, end) || days == null) {
      return null;
    }
    Formats formats = Formats.current();
    String weekday = formats.weekday(day);
    OpeningHours open = days.get(day);
    if (open == null) {
      return I18n.t("scheduling.shop-hours.closed.warning", weekday);
    }
    return I18n.t(
        "scheduling.shop-hours.outside.warning",
        weekday,
        formats.hours(open.opens(), open.closes()));
  }

  /**
   * Refuses a slot from {@code start} lasting {@code duration} that these hours leave out, saying
   * why at the field {@code start}: it must start at or after the opening and end at or before the
   * closing of its day, both resolved in {@code zone} (as the slot engine resolves them).
   */
  public void requireWithin(Instant start, Duration duration, ZoneId zone) {
    if (days == null) {
      return;
    }
    LocalDate date = start.atZone(zone).toLocalDate();
    Formats formats = Formats.current();
    String weekday = formats.weekday(date.getDayOfWeek());
    OpeningHours open = days.get(date.getDayOfWeek());
    if (open == null) {
      throw new InvalidRequestException("start", "scheduling.shop-hours.closed.problem", weekday);
    }
    Instant opens = ZonedDateTime.of(date, open.opens(), zone).toInstant();
    Instant closes = ZonedDateTime.of(date, open.closes(), zone).toInstant();
    if (start.isBefore(opens) || start.plus(duration).isAfter(closes)) {
      throw new InvalidRequestException(
          "start",
          "scheduling.shop-hours.outside.problem",
          weekday,
          formats.hours(open.opens(), open.closes()));
    }
  }
}

package com.otopair.scheduling;

import com.otopair.base.Formats;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import com.otopair.scheduling.domain.ScheduleOverrideEntity;
import com.otopair.scheduling.domain.ScheduleOverrideRepository;
import com.otopair.scheduling.domain.TimeOffEntity;
import com.otopair.scheduling.domain.TimeOffRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exceptions to the weekly hours: other hours or a day off on one date, and whole days away. The
 * owner changes any mechanic's days, a mechanic their own; the database refuses overlapping time
 * off even when two requests race.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class DayChanges {

  private final ScheduleOverrideRepository overrides;
  private final TimeOffRepository timeOff;
  private final ScheduleAccess access;

  DayChanges(
      ScheduleOverrideRepository overrides, TimeOffRepository timeOff, ScheduleAccess access) {
    this.overrides = overrides;
    this.timeOff = timeOff;
    this.access = access;
  }

  /** Other hours, or a day off when {@code start} is null, on one date; replaces an earlier one. */
  public Optional<ScheduleOverride> setOverride(
      UUID shopId,
      UUID mechanicId,
      LocalDate date,
      @Nullable LocalTime start,
      @Nullable LocalTime end,
      BigDecimal multiplier,
      String reason) {
    access.requireCanEdit(shopId, mechanicId);
    if ((start == null) != (end == null)) {
      throw new InvalidRequestException("end", "scheduling.rule.start-and-end");
    }
    if (start != null && end != null && !EndOfDay.isAfter(end, start)) {
      throw new InvalidRequestException("end", "scheduling.rule.end-after-start");
    }
    BookingPolicies.refuseAt("multiplier", ScheduleRules.multiplierProblem(multiplier));
    String why = reason(reason);
    var existing = overrides.findByShopIdAndMechanicIdAndDate(shopId, mechanicId, date);
    Optional<ScheduleOverride> before = existing.map(ScheduleMapping::override);
    ScheduleOverrideEntity entity =
        existing.orElseGet(() -> new ScheduleOverrideEntity(shopId, mechanicId, date));
    entity.set(start, end, multiplier, why);
    overrides.save(entity);
    access.changed(shopId);
    return before;
  }

  /** Removes an override; returns it, so the removal can be undone. */
  public ScheduleOverride removeOverride(UUID overrideId) {
    ScheduleOverrideEntity entity =
        overrides
            .findById(overrideId)
            .orElseThrow(() -> new InvalidRequestException("scheduling.override.gone"));
    access.requireCanEdit(entity.getShopId(), entity.getMechanicId());
    overrides.delete(entity);
    access.changed(entity.getShopId());
    return ScheduleMapping.override(entity);
  }

  /** Whole days away; refused when they overlap earlier time off. */
  public TimeOff addTimeOff(
      UUID shopId, UUID mechanicId, LocalDate firstDay, LocalDate lastDay, String reason) {
    access.requireCanEdit(shopId, mechanicId);
    if (lastDay.isBefore(firstDay)) {
      throw new InvalidRequestException("lastDay", "scheduling.rule.last-before-first");
    }
    if (firstDay.plusDays(366).isBefore(lastDay)) {
      throw new InvalidRequestException("lastDay", "scheduling.time-off.too-long");
    }
    String why = reason(reason);
    timeOff.overlapping(shopId, List.of(mechanicId), firstDay, lastDay).stream()
        .findFirst()
        .ifPresent(
            other -> {
              throw new InvalidRequestException(
                  "firstDay",
                  "scheduling.time-off.overlaps",
                  Formats.current().date(other.getFirstDay()),
                  Formats.current().date(other.getLastDay()));
            });
    var entity = new TimeOffEntity(shopId, mechanicId, firstDay, lastDay, why);
    try {
      timeOff.saveAndFlush(entity);
    } catch (DataIntegrityViolationException e) {
      throw new InvalidRequestException("firstDay", "scheduling.time-off.overlaps-other");
    }
    access.changed(shopId);
    return ScheduleMapping.timeOff(entity);
  }

  /** Removes time off; returns it, so the removal can be undone. */
  public TimeOff removeTimeOff(UUID timeOffId) {
    TimeOffEntity entity =
        timeOff
            .findById(timeOffId)
            .orElseThrow(() -> new InvalidRequestException("scheduling.time-off.gone"));
    access.requireCanEdit(entity.getShopId(), entity.getMechanicId());
    timeOff.delete(entity);
    access.changed(entity.getShopId());
    return ScheduleMapping.timeOff(entity);
  }

  private static String reason(String reason) {
    PlainText.requireLine("reason", reason);
    String why = reason.strip();
    if (why.length() > 200) {
      throw new InvalidRequestException("reason", "scheduling.rule.reason.too-long");
    }
    return why;
  }
}

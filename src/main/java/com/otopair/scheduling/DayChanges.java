package com.otopair.scheduling;

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
      throw new InvalidRequestException("end", "Give both a start and an end, or neither");
    }
    if (start != null && end != null && !EndOfDay.isAfter(end, start)) {
      throw new InvalidRequestException("end", "The end must be after the start");
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
            .orElseThrow(() -> new InvalidRequestException("That override is gone"));
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
      throw new InvalidRequestException("lastDay", "The last day can't be before the first");
    }
    if (firstDay.plusDays(366).isBefore(lastDay)) {
      throw new InvalidRequestException("lastDay", "Time off can last at most a year");
    }
    String why = reason(reason);
    timeOff.overlapping(shopId, List.of(mechanicId), firstDay, lastDay).stream()
        .findFirst()
        .ifPresent(
            other -> {
              throw new InvalidRequestException(
                  "firstDay",
                  "That overlaps time off from "
                      + other.getFirstDay()
                      + " to "
                      + other.getLastDay());
            });
    var entity = new TimeOffEntity(shopId, mechanicId, firstDay, lastDay, why);
    try {
      timeOff.saveAndFlush(entity);
    } catch (DataIntegrityViolationException e) {
      throw new InvalidRequestException("firstDay", "That overlaps other time off");
    }
    access.changed(shopId);
    return ScheduleMapping.timeOff(entity);
  }

  /** Removes time off; returns it, so the removal can be undone. */
  public TimeOff removeTimeOff(UUID timeOffId) {
    TimeOffEntity entity =
        timeOff
            .findById(timeOffId)
            .orElseThrow(() -> new InvalidRequestException("That time off is gone"));
    access.requireCanEdit(entity.getShopId(), entity.getMechanicId());
    timeOff.delete(entity);
    access.changed(entity.getShopId());
    return ScheduleMapping.timeOff(entity);
  }

  private static String reason(String reason) {
    PlainText.requireLine("reason", reason);
    String why = reason.strip();
    if (why.length() > 200) {
      throw new InvalidRequestException("reason", "Keep the reason under 200 characters");
    }
    return why;
  }
}

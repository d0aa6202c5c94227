package com.otopair.scheduling;

import com.otopair.scheduling.domain.AvailabilityWindowEntity;
import com.otopair.scheduling.domain.ScheduleOverrideEntity;
import com.otopair.scheduling.domain.ScheduleTemplateEntity;
import com.otopair.scheduling.domain.TimeOffEntity;
import java.util.Comparator;

/** The schedule's entities as the records the rest of the app reads. */
final class ScheduleMapping {

  static final Comparator<ScheduleWindow> WINDOW_ORDER =
      Comparator.comparing((ScheduleWindow w) -> w.hours().day())
          .thenComparing(w -> w.hours().start());

  private ScheduleMapping() {}

  static void apply(AvailabilityWindowEntity window, WindowHours hours) {
    window.set(
        hours.day(),
        hours.start(),
        hours.end(),
        hours.multiplier(),
        hours.validFrom(),
        hours.validTo());
  }

  static WindowHours hours(AvailabilityWindowEntity w) {
    return new WindowHours(
        w.getDay(),
        w.getStartTime(),
        w.getEndTime(),
        w.getMultiplier(),
        w.getValidFrom(),
        w.getValidTo());
  }

  static ScheduleWindow window(AvailabilityWindowEntity w) {
    return new ScheduleWindow(w.getId(), w.getMechanicId(), hours(w));
  }

  static ScheduleOverride override(ScheduleOverrideEntity o) {
    return new ScheduleOverride(
        o.getId(),
        o.getMechanicId(),
        o.getDate(),
        o.getStartTime(),
        o.getEndTime(),
        o.getMultiplier(),
        o.getReason());
  }

  static TimeOff timeOff(TimeOffEntity t) {
    return new TimeOff(
        t.getId(), t.getMechanicId(), t.getFirstDay(), t.getLastDay(), t.getReason());
  }

  static ScheduleTemplate template(ScheduleTemplateEntity t) {
    return new ScheduleTemplate(
        t.getId(),
        t.getName(),
        t.getWindows().stream()
            .map(
                w ->
                    WindowHours.weekly(
                        w.getDay(), w.getStartTime(), w.getEndTime(), w.getMultiplier()))
            .toList());
  }
}

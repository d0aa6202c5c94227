package com.otopair.scheduling;

import com.otopair.scheduling.domain.AvailabilityWindowEntity;
import com.otopair.scheduling.domain.AvailabilityWindowRepository;
import com.otopair.scheduling.domain.BookingPolicyEntity;
import com.otopair.scheduling.domain.BookingPolicyRepository;
import com.otopair.scheduling.domain.ScheduleOverrideEntity;
import com.otopair.scheduling.domain.ScheduleOverrideRepository;
import com.otopair.scheduling.domain.TimeOffEntity;
import com.otopair.scheduling.domain.TimeOffRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedules written by Otopair itself rather than by an owner: the demo data. The database's
 * constraints still refuse overlaps; not reachable from any view.
 */
@Service
@Transactional
public class ScheduleProvisioning {

  private final AvailabilityWindowRepository windows;
  private final ScheduleOverrideRepository overrides;
  private final TimeOffRepository timeOff;
  private final BookingPolicyRepository policies;

  ScheduleProvisioning(
      AvailabilityWindowRepository windows,
      ScheduleOverrideRepository overrides,
      TimeOffRepository timeOff,
      BookingPolicyRepository policies) {
    this.windows = windows;
    this.overrides = overrides;
    this.timeOff = timeOff;
    this.policies = policies;
  }

  public void weeklyHours(UUID shopId, UUID mechanicId, List<WindowHours> week) {
    for (WindowHours hours : week) {
      var window = new AvailabilityWindowEntity(shopId, mechanicId);
      window.set(
          hours.day(),
          hours.start(),
          hours.end(),
          hours.multiplier(),
          hours.validFrom(),
          hours.validTo());
      windows.save(window);
    }
  }

  public void override(
      UUID shopId,
      UUID mechanicId,
      LocalDate date,
      @Nullable LocalTime start,
      @Nullable LocalTime end,
      String reason) {
    var entity = new ScheduleOverrideEntity(shopId, mechanicId, date);
    entity.set(start, end, BigDecimal.ONE, reason);
    overrides.save(entity);
  }

  public void timeOff(
      UUID shopId, UUID mechanicId, LocalDate firstDay, LocalDate lastDay, String reason) {
    timeOff.save(new TimeOffEntity(shopId, mechanicId, firstDay, lastDay, reason));
  }

  public void policy(UUID shopId, BookingPolicy policy) {
    BookingPolicyEntity entity =
        policies.findByShopId(shopId).orElseGet(() -> new BookingPolicyEntity(shopId));
    entity.set(policy);
    policies.save(entity);
  }
}

package com.otopair.scheduling.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScheduleOverrideRepository extends JpaRepository<ScheduleOverrideEntity, UUID> {

  List<ScheduleOverrideEntity> findByShopIdAndMechanicIdInAndDateBetween(
      UUID shopId, Collection<UUID> mechanicIds, LocalDate from, LocalDate to);

  /** The shop's overrides on {@code since} or later, for its kept calendar. */
  List<ScheduleOverrideEntity> findByShopIdAndDateGreaterThanEqual(UUID shopId, LocalDate since);

  Optional<ScheduleOverrideEntity> findByShopIdAndMechanicIdAndDate(
      UUID shopId, UUID mechanicId, LocalDate date);
}

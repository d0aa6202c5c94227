package com.otopair.scheduling.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TimeOffRepository extends JpaRepository<TimeOffEntity, UUID> {

  /** Time off of these mechanics that touches the days {@code from} to {@code to}. */
  @Query(
      """
      select t from TimeOffEntity t
      where t.shopId = :shopId and t.mechanicId in :mechanicIds
        and t.firstDay <= :to and t.lastDay >= :from
      order by t.firstDay
      """)
  List<TimeOffEntity> overlapping(
      UUID shopId, Collection<UUID> mechanicIds, LocalDate from, LocalDate to);

  /** The shop's time off that lasts until {@code since} or later, for its kept calendar. */
  @Query(
      """
      select t from TimeOffEntity t
      where t.shopId = :shopId and t.lastDay >= :since
      order by t.firstDay
      """)
  List<TimeOffEntity> since(UUID shopId, LocalDate since);
}

package com.otopair.scheduling.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScheduleTemplateRepository extends JpaRepository<ScheduleTemplateEntity, UUID> {

  List<ScheduleTemplateEntity> findByShopIdOrderByNameAsc(UUID shopId);

  boolean existsByShopIdAndNameIgnoreCase(UUID shopId, String name);
}

package com.otopair.scheduling.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AvailabilityWindowRepository
    extends JpaRepository<AvailabilityWindowEntity, UUID> {

  List<AvailabilityWindowEntity> findByShopIdAndMechanicIdIn(
      UUID shopId, Collection<UUID> mechanicIds);

  List<AvailabilityWindowEntity> findByShopId(UUID shopId);

  List<AvailabilityWindowEntity> findByShopIdAndMechanicId(UUID shopId, UUID mechanicId);
}

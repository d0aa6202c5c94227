package com.otopair.shops.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfferingRepository extends JpaRepository<OfferingEntity, UUID> {

  List<OfferingEntity> findByShopIdOrderByCategoryAscNameAsc(UUID shopId);

  List<OfferingEntity> findByShopIdAndActiveTrueOrderByCategoryAscNameAsc(UUID shopId);
}

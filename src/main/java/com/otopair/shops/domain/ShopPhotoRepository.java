package com.otopair.shops.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ShopPhotoRepository extends JpaRepository<ShopPhotoEntity, UUID> {

  List<ShopPhotoEntity> findByShopIdOrderByPositionAsc(UUID shopId);

  long countByShopId(UUID shopId);
}

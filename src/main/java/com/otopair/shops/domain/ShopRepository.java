package com.otopair.shops.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ShopRepository extends JpaRepository<Shop, UUID>, JpaSpecificationExecutor<Shop> {

  Optional<Shop> findBySlug(String slug);

  boolean existsBySlug(String slug);

  /** Live shops inside a latitude/longitude box; callers refine to a true radius. */
  @org.springframework.data.jpa.repository.Query(
      """
      select s from Shop s
      where s.status = com.otopair.shops.ShopStatus.ACTIVE
        and s.latitude between :south and :north and s.longitude between :west and :east
      """)
  java.util.List<Shop> liveWithin(double south, double north, double west, double east);
}

package com.otopair.shops.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ShopRepository extends JpaRepository<Shop, UUID>, JpaSpecificationExecutor<Shop> {

  Optional<Shop> findBySlug(String slug);

  boolean existsBySlug(String slug);

  /** Live shops inside a latitude/longitude box; callers refine to a true radius. */
  @Query(
      """
      select s from Shop s
      where s.status = ShopStatus.ACTIVE
        and s.latitude between :south and :north and s.longitude between :west and :east
      """)
  List<Shop> liveWithin(double south, double north, double west, double east);
}

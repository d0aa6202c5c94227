package com.otopair.shops.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OfferingRepository extends JpaRepository<OfferingEntity, UUID> {

  List<OfferingEntity> findByShopIdOrderByCategoryAscNameAsc(UUID shopId);

  List<OfferingEntity> findByShopIdAndActiveTrueOrderByCategoryAscNameAsc(UUID shopId);

  /** The active services of those of these shops that are live, in one query. */
  @Query(
      """
      select o from OfferingEntity o, Shop s
      where s.id = o.shopId and s.status = ShopStatus.ACTIVE and o.active and o.shopId in :shopIds
      order by o.category, o.name
      """)
  List<OfferingEntity> liveOfShops(Collection<UUID> shopIds);
}

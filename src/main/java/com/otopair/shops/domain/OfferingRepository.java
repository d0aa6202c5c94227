package com.otopair.shops.domain;

import com.otopair.shops.OfferingMode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OfferingRepository extends JpaRepository<OfferingEntity, UUID> {

  List<OfferingEntity> findByShopIdOrderByCategoryAscNameAsc(UUID shopId);

  /** The active services of a shop if it is live, in one query. */
  @Query(
      """
      select o from OfferingEntity o, Shop s
      where s.id = o.shopId and s.status = ShopStatus.ACTIVE and o.active and o.shopId = :shopId
      order by o.category, o.name
      """)
  List<OfferingEntity> liveOfShop(UUID shopId);

  /** One active service of a shop if the shop is live. */
  @Query(
      """
      select o from OfferingEntity o, Shop s
      where s.id = o.shopId and s.status = ShopStatus.ACTIVE and o.active
        and o.shopId = :shopId and o.id = :offeringId
      """)
  Optional<OfferingEntity> liveOffering(UUID shopId, UUID offeringId);

  /** The active services of those of these shops that are live, in one query. */
  @Query(
      """
      select o from OfferingEntity o, Shop s
      where s.id = o.shopId and s.status = ShopStatus.ACTIVE and o.active and o.shopId in :shopIds
      order by o.category, o.name
      """)
  List<OfferingEntity> liveOfShops(Collection<UUID> shopIds);

  /** Where a service happens, without loading it. */
  @Query("select o.mode from OfferingEntity o where o.id = :offeringId")
  Optional<OfferingMode> modeOf(UUID offeringId);
}

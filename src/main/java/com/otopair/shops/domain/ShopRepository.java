package com.otopair.shops.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ShopRepository extends JpaRepository<Shop, UUID>, JpaSpecificationExecutor<Shop> {

  Optional<Shop> findBySlug(String slug);

  boolean existsBySlug(String slug);

  /**
   * The shop, its row locked until the transaction ends: changes to what a shop holds a limited
   * number of (its photos) take turns on it.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from Shop s where s.id = :id")
  Optional<Shop> lockById(UUID id);

  /** A shop's slug, name and time zone, without its opening hours (which a whole shop reads). */
  @Query(
      "select new com.otopair.shops.domain.ShopNaming(s.id, s.slug, s.name, s.timeZone)"
          + " from Shop s where s.id = :id")
  Optional<ShopNaming> namingOf(UUID id);

  /** The same for the live shop at {@code slug}. */
  @Query(
      "select new com.otopair.shops.domain.ShopNaming(s.id, s.slug, s.name, s.timeZone)"
          + " from Shop s where s.slug = :slug and s.status = ShopStatus.ACTIVE")
  Optional<ShopNaming> liveNamingOf(String slug);

  /** Live shops inside a latitude/longitude box; callers refine to a true radius. */
  @Query(
      """
      select s from Shop s
      where s.status = ShopStatus.ACTIVE
        and s.latitude between :south and :north and s.longitude between :west and :east
      """)
  List<Shop> liveWithin(double south, double north, double west, double east);
}

package com.otopair.shops.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ShopMemberRepository extends JpaRepository<ShopMember, UUID> {

  List<ShopMember> findByUserId(UUID userId);

  List<ShopMember> findByShopId(UUID shopId);

  List<ShopMember> findByShopIdInAndRole(Collection<UUID> shopIds, String role);

  /** One shop's members in a role: a query Hibernate translates once, unlike one with a list. */
  List<ShopMember> findByShopIdAndRole(UUID shopId, String role);

  List<ShopMember> findByUserIdInAndRole(Collection<UUID> userIds, String role);

  boolean existsByShopIdAndUserIdAndRole(UUID shopId, UUID userId, String role);

  boolean existsByShopIdAndUserId(UUID shopId, UUID userId);

  Optional<ShopMember> findByShopIdAndUserId(UUID shopId, UUID userId);
}

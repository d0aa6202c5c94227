package com.otopair.scheduling.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BookingPolicyRepository extends JpaRepository<BookingPolicyEntity, UUID> {

  Optional<BookingPolicyEntity> findByShopId(UUID shopId);
}

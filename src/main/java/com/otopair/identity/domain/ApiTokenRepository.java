package com.otopair.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

  Optional<ApiToken> findByTokenHash(String tokenHash);

  List<ApiToken> findByUserIdAndRevokedAtIsNullOrderByCreatedAtDesc(UUID userId);

  boolean existsByUserIdAndNameIgnoreCaseAndRevokedAtIsNull(UUID userId, String name);

  long countByUserIdAndRevokedAtIsNull(UUID userId);
}

package com.otopair.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

  List<ApiToken> findByUserIdAndRevokedAtIsNullOrderByCreatedAtDesc(UUID userId);

  boolean existsByUserIdAndNameIgnoreCaseAndRevokedAtIsNull(UUID userId, String name);

  long countByUserIdAndRevokedAtIsNull(UUID userId);

  /** Revokes every live token of a user (a deleted account). */
  @Modifying
  @Query(
      value =
          "update api_tokens set revoked_at = :now where user_id = :userId and revoked_at is null",
      nativeQuery = true)
  int revokeAll(UUID userId, Instant now);
}

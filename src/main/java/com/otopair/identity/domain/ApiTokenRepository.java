package com.otopair.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

  Optional<ApiToken> findByTokenHash(String tokenHash);

  List<ApiToken> findByUserIdAndRevokedAtIsNullOrderByCreatedAtDesc(UUID userId);

  boolean existsByUserIdAndNameIgnoreCaseAndRevokedAtIsNull(UUID userId, String name);

  long countByUserIdAndRevokedAtIsNull(UUID userId);

  /**
   * Notes a use at most once per {@code staleBefore} window, in place and without the version, so
   * that concurrent calls with one token never conflict.
   */
  @Modifying
  @Query(
      value =
          "update api_tokens set last_used_at = :now where id = :id"
              + " and (last_used_at is null or last_used_at < :staleBefore)",
      nativeQuery = true)
  int touch(UUID id, Instant now, Instant staleBefore);

  /** Revokes every live token of a user (a deleted account). */
  @Modifying
  @Query(
      value =
          "update api_tokens set revoked_at = :now where user_id = :userId and revoked_at is null",
      nativeQuery = true)
  int revokeAll(UUID userId, Instant now);
}

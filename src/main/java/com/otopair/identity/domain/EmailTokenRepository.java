package com.otopair.identity.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EmailTokenRepository extends JpaRepository<EmailToken, UUID> {

  Optional<EmailToken> findByTokenHash(String tokenHash);

  /** The newest usable token of a purpose, such as a pending email change. */
  Optional<EmailToken>
      findFirstByUserIdAndPurposeAndUsedAtIsNullAndExpiresAtAfterOrderByCreatedAtDesc(
          UUID userId, EmailToken.Purpose purpose, Instant now);

  /**
   * Uses a token once: only one caller can move it from unused to used, however many race.
   *
   * @return 1 when this caller used it, 0 when it was already used
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      "update EmailToken t set t.usedAt = :now where t.id = :id and t.usedAt is null and t.expiresAt > :now")
  int use(@Param("id") UUID id, @Param("now") Instant now);

  /** Retires a user's earlier unused tokens of a purpose when a new one is sent. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      "update EmailToken t set t.usedAt = :now where t.userId = :userId and t.purpose = :purpose and t.usedAt is null")
  int retire(
      @Param("userId") UUID userId,
      @Param("purpose") EmailToken.Purpose purpose,
      @Param("now") Instant now);

  /** Retires every unused token of a user: a deleted account's emailed links stop working. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update EmailToken t set t.usedAt = :now where t.userId = :userId and t.usedAt is null")
  int retireAll(@Param("userId") UUID userId, @Param("now") Instant now);
}

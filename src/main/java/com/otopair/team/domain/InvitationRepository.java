package com.otopair.team.domain;

import com.otopair.team.InvitationStatus;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface InvitationRepository extends JpaRepository<Invitation, UUID> {

  /** Locks the invitation, so that two answers to one link cannot both succeed. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  Optional<Invitation> findByTokenHash(String tokenHash);

  List<Invitation> findByShopIdOrderByCreatedAtDesc(UUID shopId);

  Optional<Invitation> findByShopIdAndEmailAndStatus(
      UUID shopId, String email, InvitationStatus status);
}

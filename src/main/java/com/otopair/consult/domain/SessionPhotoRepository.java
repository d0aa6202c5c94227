package com.otopair.consult.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionPhotoRepository extends JpaRepository<SessionPhoto, UUID> {

  List<SessionPhoto> findBySessionIdOrderByPosition(UUID sessionId);

  List<SessionPhoto> findBySessionIdInOrderByPosition(Collection<UUID> sessionIds);
}

package com.otopair.consult.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SharedFileRepository extends JpaRepository<SharedFile, UUID> {

  /** A session's files of the given types, oldest first. */
  List<SharedFile> findBySessionIdAndContentTypeInOrderBySharedAtAscIdAsc(
      UUID sessionId, Collection<String> contentTypes);
}

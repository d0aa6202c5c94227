package com.otopair.consult.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChatMessageRepository extends JpaRepository<ChatMessage, Long> {

  /** A session's chat after the line {@code afterId}, in the order it was written. */
  @Query(
      "select m from ChatMessage m where m.sessionId = :sessionId and m.id > :afterId order by m.id")
  List<ChatMessage> after(UUID sessionId, long afterId);

  long countBySessionIdAndAuthorId(UUID sessionId, UUID authorId);
}

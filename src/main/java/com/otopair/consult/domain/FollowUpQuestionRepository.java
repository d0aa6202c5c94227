package com.otopair.consult.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Quick questions. The answer is one conditional update of an unanswered question that the
 * answering mechanic may take (theirs, or their shop's once its reservation ended), so of two
 * answers at once exactly one is kept.
 */
public interface FollowUpQuestionRepository extends JpaRepository<FollowUpQuestion, UUID> {

  List<FollowUpQuestion> findByParentSessionIdOrderByAskedAt(UUID parentSessionId);

  long countByParentSessionIdAndAnsweredAtIsNull(UUID parentSessionId);

  /**
   * The unanswered questions {@code mechanicId} may answer: those reserved for them, and those of
   * these shops whose reservation ended; oldest first.
   */
  @Query(
      "select q from FollowUpQuestion q where q.answeredAt is null and (q.mechanicId = :mechanicId"
          + " or (q.shopId in :shopIds and q.reservedUntil <= :now)) order by q.askedAt, q.id")
  List<FollowUpQuestion> answerableBy(UUID mechanicId, Collection<UUID> shopIds, Instant now);

  /**
   * Answers the question if it is still open and {@code mechanicId} may answer it now; one row or
   * none.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "update consult_questions set answer = :answer, answered_by = :mechanicId,"
              + " answered_by_name = :mechanicName, answered_at = :now, version = version + 1"
              + " where id = :id and answered_at is null"
              + " and (mechanic_id = :mechanicId or reserved_until <= cast(:now as timestamptz))",
      nativeQuery = true)
  int answer(UUID id, UUID mechanicId, String mechanicName, String answer, Instant now);
}

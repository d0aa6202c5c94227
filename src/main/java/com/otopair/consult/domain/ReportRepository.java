package com.otopair.consult.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Session summaries; sending and the first opening are conditional updates (one winner). */
public interface ReportRepository extends JpaRepository<Report, UUID> {

  Optional<Report> findBySessionId(UUID sessionId);

  /** The summary, its row locked until the transaction ends: a revision waits for a send. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from Report r where r.sessionId = :sessionId")
  Optional<Report> lockBySessionId(@Param("sessionId") UUID sessionId);

  List<Report> findBySessionIdIn(Collection<UUID> sessionIds);

  /** Sends the draft: 1 for the one request that sent it, 0 when it was already sent. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      """
      update Report r set r.status = 'SENT', r.sentAt = :now, r.updatedAt = :now,
        r.version = r.version + 1
      where r.id = :id and r.status = 'DRAFT'
      """)
  int send(@Param("id") UUID id, @Param("now") Instant now);

  /** Stamps the first opening by its customer: 1 the first time, 0 after. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      """
      update Report r set r.firstOpenedAt = :now
      where r.id = :id and r.status = 'SENT' and r.firstOpenedAt is null
      """)
  int opened(@Param("id") UUID id, @Param("now") Instant now);

  /** Whether the session's summary attaches the photo kept under {@code fileKey}. */
  @Query(
      """
      select count(r) > 0 from Report r join r.photoKeys k
      where r.sessionId = :sessionId and k = :fileKey
      """)
  boolean attaches(@Param("sessionId") UUID sessionId, @Param("fileKey") String fileKey);
}

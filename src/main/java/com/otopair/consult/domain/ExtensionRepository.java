package com.otopair.consult.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Offers of extra time. Each answer is one conditional update of the open offer: it changes the row
 * only while the offer is open and reports whether it did, so two answers at once never both count.
 */
public interface ExtensionRepository extends JpaRepository<Extension, UUID> {

  @Query("select e from Extension e where e.sessionId = :sessionId and e.state = 'OFFERED'")
  Optional<Extension> offered(UUID sessionId);

  /** Answers the open offer ({@code to} is ACCEPTED or DECLINED); one row or none. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "update consult_extensions set state = :to, answered_at = :now, version = version + 1"
              + " where id = :id and state = 'OFFERED'",
      nativeQuery = true)
  int answer(UUID id, String to, Instant now);

  /** The session's open offer lapses (the session stopped running or changed hands). */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "update consult_extensions set state = 'LAPSED', answered_at = :now,"
              + " version = version + 1 where session_id = :sessionId and state = 'OFFERED'",
      nativeQuery = true)
  int lapse(UUID sessionId, Instant now);

  /** What the session's accepted extra time cost, in minor units. */
  @Query(
      value =
          "select coalesce(sum(price_minor), 0) from consult_extensions"
              + " where session_id = :sessionId and state = 'ACCEPTED'",
      nativeQuery = true)
  long acceptedMinor(UUID sessionId);
}

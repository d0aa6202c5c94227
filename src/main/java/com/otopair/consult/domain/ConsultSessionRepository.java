package com.otopair.consult.domain;

import com.otopair.consult.SessionStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Sessions, and the moves between their states. Each move is one conditional update: it changes the
 * row only from the state it starts from and reports how many rows it changed (one or none), so two
 * requests that race for the same session never both win.
 */
public interface ConsultSessionRepository
    extends JpaRepository<ConsultSession, UUID>, JpaSpecificationExecutor<ConsultSession> {

  /**
   * Waiting sessions of these shops that {@code mechanicId} may take, oldest request first; a
   * booked session waiting for its own mechanic is not in the queue, and a follow-up reserved for
   * another mechanic is not in it until its reservation ends.
   */
  @Query(
      "select s from ConsultSession s where s.shopId in :shopIds"
          + " and s.status = com.otopair.consult.SessionStatus.WAITING"
          + " and s.bookedMechanicId is null"
          + " and (s.reservedUntil is null or s.reservedUntil <= :now"
          + " or s.reservedMechanicId = :mechanicId) order by s.requestedAt, s.id")
  List<ConsultSession> waitingAt(Collection<UUID> shopIds, UUID mechanicId, Instant now);

  /** The follow-up sessions of a session, oldest first. */
  List<ConsultSession> findByParentSessionIdOrderByRequestedAt(UUID parentSessionId);

  /** The mechanic's booked sessions still to come or waiting for them, soonest first. */
  @Query(
      "select s from ConsultSession s where s.bookedMechanicId = :mechanicId"
          + " and s.status in (com.otopair.consult.SessionStatus.SCHEDULED,"
          + " com.otopair.consult.SessionStatus.WAITING) order by s.startsAt, s.id")
  List<ConsultSession> bookedFor(UUID mechanicId);

  Optional<ConsultSession> findByBookingId(UUID bookingId);

  /** A mechanic's active session first, then their finished ones, newest first. */
  @Query(
      "select s from ConsultSession s where s.mechanicId = :mechanicId"
          + " order by case when s.status = com.otopair.consult.SessionStatus.ACTIVE then 0 else 1"
          + " end, s.requestedAt desc")
  Slice<ConsultSession> ofMechanic(UUID mechanicId, Pageable page);

  @Query(
      "select s from ConsultSession s where s.customerId = :customerId order by s.requestedAt desc")
  Slice<ConsultSession> ofCustomer(UUID customerId, Pageable page);

  @Query(
      "select count(s) from ConsultSession s where s.shopId = :shopId"
          + " and s.status = com.otopair.consult.SessionStatus.WAITING and s.bookedMechanicId is null"
          + " and (s.requestedAt < :requestedAt or (s.requestedAt = :requestedAt and s.id < :id))")
  long waitingBefore(UUID shopId, Instant requestedAt, UUID id);

  long countByCustomerIdAndStatus(UUID customerId, SessionStatus status);

  @Query(
      "select count(s) from ConsultSession s where s.mechanicId = :mechanicId"
          + " and s.status = com.otopair.consult.SessionStatus.ACTIVE")
  long countActiveOf(UUID mechanicId);

  /**
   * A paying session whose price is now authorized enters its shop's queue, unless its customer
   * already waits in one; one row or none. A follow-up's reservation moves by the time it spent on
   * the payment page, so its mechanic has it alone for as long as if it had been free.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "update consult_sessions s set status = 'WAITING', queued_at = :now,"
              + " reserved_until = s.reserved_until + (cast(:now as timestamptz) - s.queued_at),"
              + " version = version + 1 where s.id = :id and s.status = 'PAYING'"
              + " and not exists (select 1 from consult_sessions w"
              + " where w.customer_id = s.customer_id and w.status = 'WAITING'"
              + " and w.starts_at is null)",
      nativeQuery = true)
  int paid(UUID id, Instant now);

  List<ConsultSession> findByCustomerIdAndStatus(UUID customerId, SessionStatus status);

  /**
   * The mechanic takes a waiting session (a booked one only if it waits for them, a reserved
   * follow-up only if it is reserved for them or its reservation ended); one row or none.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "update consult_sessions set status = 'ACTIVE', mechanic_id = :mechanicId,"
              + " mechanic_name = :mechanicName, claimed_at = :now,"
              + " ends_at = cast(:now as timestamptz) + duration_minutes * interval '1 minute',"
              + " last_mechanic_at = null, nudged_at = null, warned_at = null,"
              + " version = version + 1"
              + " where id = :id and status = 'WAITING'"
              + " and (booked_mechanic_id is null or booked_mechanic_id = :mechanicId)"
              + " and (reserved_until is null or reserved_until <= cast(:now as timestamptz)"
              + " or reserved_mechanic_id = :mechanicId)",
      nativeQuery = true)
  int claim(UUID id, UUID mechanicId, String mechanicName, Instant now);

  /**
   * The mechanic gives an active session back to the queue, where any mechanic of the shop may take
   * it (a booked one too); one row or none.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "update consult_sessions set status = 'WAITING', mechanic_id = null,"
              + " mechanic_name = null, booked_mechanic_id = null, booked_mechanic_name = null, claimed_at = null, ends_at = null, queued_at = :now,"
              + " last_mechanic_at = null, nudged_at = null, warned_at = null,"
              + " support_alerted_at = null, version = version + 1"
              + " where id = :id and status = 'ACTIVE' and mechanic_id = :mechanicId",
      nativeQuery = true)
  int release(UUID id, UUID mechanicId, Instant now);

  /** Ends a session that is in {@code from}; one row or none. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "update consult_sessions set status = :to, end_reason = :reason, ended_at = :now,"
              + " version = version + 1 where id = :id and status = :from",
      nativeQuery = true)
  int finish(UUID id, String from, String to, String reason, Instant now);

  /** Notes that the session's mechanic wrote. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "update consult_sessions set last_mechanic_at = :now"
              + " where id = :id and status = 'ACTIVE' and mechanic_id = :mechanicId",
      nativeQuery = true)
  int mechanicWrote(UUID id, UUID mechanicId, Instant now);

  /**
   * Locks the session's row for a change that depends on its state (an answer to an offer of more
   * time) and returns that state, as committed by whoever held the lock before.
   */
  @Query(
      value = "select status from consult_sessions where id = :id for no key update",
      nativeQuery = true)
  Optional<String> lockStatus(UUID id);

  /**
   * The session runs {@code minutes} longer; its two-minute notice comes again. One row or none.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "update consult_sessions set ends_at = ends_at + :minutes * interval '1 minute',"
              + " warned_at = null, version = version + 1"
              + " where id = :id and status = 'ACTIVE' and mechanic_id = :mechanicId",
      nativeQuery = true)
  int extend(UUID id, UUID mechanicId, int minutes);

  /**
   * A booked session that has not started follows its booking: to its new booking, time and
   * mechanic when it was moved, to its new mechanic when the shop gave it to another. One row or
   * none.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "update consult_sessions set booking_id = :bookingId, starts_at = :startsAt,"
              + " queued_at = :startsAt, booked_mechanic_id = :mechanicId,"
              + " booked_mechanic_name = :mechanicName, starting_noticed_at = case"
              + " when starts_at = :startsAt then starting_noticed_at end, version = version + 1"
              + " where id = :id and status = 'SCHEDULED'",
      nativeQuery = true)
  int followBooking(
      UUID id, UUID bookingId, Instant startsAt, UUID mechanicId, String mechanicName);

  /** How many sessions {@link #waitingAt} would list: the queue's length for one mechanic. */
  @Query(
      "select count(s) from ConsultSession s where s.shopId in :shopIds"
          + " and s.status = com.otopair.consult.SessionStatus.WAITING"
          + " and s.bookedMechanicId is null"
          + " and (s.reservedUntil is null or s.reservedUntil <= :now"
          + " or s.reservedMechanicId = :mechanicId)")
  long countWaitingAt(Collection<UUID> shopIds, UUID mechanicId, Instant now);

  /** The mechanic's active session: one at most (a unique index). */
  @Query(
      "select s from ConsultSession s where s.mechanicId = :mechanicId"
          + " and s.status = com.otopair.consult.SessionStatus.ACTIVE")
  Optional<ConsultSession> activeOf(UUID mechanicId);

  /**
   * The sessions booked with the mechanic at one shop, still to come or waiting for them, whose
   * time falls in {@code from}–{@code to}, soonest first.
   */
  @Query(
      "select s from ConsultSession s where s.bookedMechanicId = :mechanicId"
          + " and s.shopId = :shopId"
          + " and s.status in (com.otopair.consult.SessionStatus.SCHEDULED,"
          + " com.otopair.consult.SessionStatus.WAITING)"
          + " and s.startsAt >= :from and s.startsAt < :to order by s.startsAt, s.id")
  List<ConsultSession> bookedBetween(UUID mechanicId, UUID shopId, Instant from, Instant to);

  /** How many sessions of one shop the mechanic saw through, ended in {@code from}–{@code to}. */
  @Query(
      "select count(s) from ConsultSession s where s.mechanicId = :mechanicId"
          + " and s.shopId = :shopId and s.status = com.otopair.consult.SessionStatus.ENDED"
          + " and s.endedAt >= :from and s.endedAt < :to")
  long countEndedBetween(UUID mechanicId, UUID shopId, Instant from, Instant to);

  /** The customer's sessions in these states, newest request first. */
  List<ConsultSession> findByCustomerIdAndStatusInOrderByRequestedAtDesc(
      UUID customerId, Collection<SessionStatus> statuses);
}

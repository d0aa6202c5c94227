package com.otopair.booking.domain;

import com.otopair.booking.BookingStatus;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface BookingRepository extends JpaRepository<Booking, UUID> {

  /**
   * The booking, its row locked until the transaction ends: every change of a booking loads it this
   * way, after any bulk update of the transaction, so changes of one booking run one after the
   * other and each sees the state the previous one left.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select b from Booking b where b.id = :id")
  Optional<Booking> lockById(UUID id);

  /** Whether the customer has a hold, live or not yet swept. */
  boolean existsByCustomerIdAndStatus(UUID customerId, BookingStatus status);

  /** Releases every hold past its expiry, so its time can be booked again. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          """
          update bookings set status = 'EXPIRED', hold_expires_at = null, version = version + 1
          where status = 'HELD' and hold_expires_at <= :now
          """,
      nativeQuery = true)
  int expireHolds(Instant now);

  /** Releases the customer's holds: one hold at a time. A bulk update, safe under concurrency. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          """
          update bookings set status = 'EXPIRED', hold_expires_at = null, version = version + 1
          where customer_id = :customerId and status = 'HELD'
          """,
      nativeQuery = true)
  int releaseHoldsOf(UUID customerId);

  /** Active bookings and live holds of these mechanics that overlap {@code from}–{@code to}. */
  @Query(
      """
      select b from Booking b
      where b.mechanicId in :mechanicIds
        and (b.status = BookingStatus.CONFIRMED
             or (b.status = BookingStatus.HELD and b.holdExpiresAt > :now))
        and b.startsAt < :to and b.endsAt > :from
      order by b.startsAt
      """)
  List<Booking> activeBetween(Collection<UUID> mechanicIds, Instant from, Instant to, Instant now);

  List<Booking> findByCustomerIdOrderByStartsAtDesc(UUID customerId);

  @Query(
      """
      select b from Booking b
      where b.shopId = :shopId and b.startsAt < :to and b.endsAt > :from
        and b.status in (BookingStatus.CONFIRMED,
                         BookingStatus.COMPLETED,
                         BookingStatus.NO_SHOW)
      order by b.startsAt
      """)
  List<Booking> ofShopBetween(UUID shopId, Instant from, Instant to);

  /** How many confirmed bookings the customer has that have not ended yet. */
  @Query(
      """
      select count(b) from Booking b
      where b.customerId = :customerId and b.status = BookingStatus.CONFIRMED and b.endsAt > :now
      """)
  long countUpcoming(UUID customerId, Instant now);

  /** The customer's confirmed bookings that have not ended yet, soonest first. */
  @Query(
      """
      select b from Booking b
      where b.customerId = :customerId and b.status = BookingStatus.CONFIRMED and b.endsAt > :now
      order by b.startsAt, b.id
      """)
  List<Booking> findUpcoming(UUID customerId, Instant now, Pageable page);
}

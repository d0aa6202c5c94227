package com.otopair.booking.domain;

import com.otopair.base.ConflictException;
import com.otopair.base.TransactionLocks;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts a booking unless its time clashes with an active one of the same mechanic: {@code ON
 * CONFLICT ON CONSTRAINT bookings_no_overlap DO NOTHING} lets the exclusion constraint refuse it
 * without aborting the transaction, so the caller can offer another mechanic or the nearest free
 * slots. The other exclusive facts (one successor per booking, one hold per customer) are not
 * swallowed: they end the transaction with a {@link ConflictException}.
 */
@Component
public class BookingInserts {

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionLocks locks;

  BookingInserts(NamedParameterJdbcTemplate jdbc, TransactionLocks locks) {
    this.jdbc = jdbc;
    this.locks = locks;
  }

  /**
   * Serialises bookings of one shop's day until the transaction ends, so that a daily cap, which
   * the exclusion constraint can't express, holds when customers book at the same moment.
   */
  public void lockDay(UUID shopId, LocalDate day) {
    lock(shopId + "/" + day);
  }

  /**
   * Serialises the holds of one customer until the transaction ends, so that the later of two
   * simultaneous holds releases the earlier instead of colliding with it. Taken after {@link
   * #lockDay}, never before, so that two transactions never wait for each other.
   */
  public void lockCustomer(UUID customerId) {
    lock("customer/" + customerId);
  }

  /**
   * Serialises the waitlist's runs for the time one booking let go of until the transaction ends,
   * so a run that arrives while another is in flight finds its offer made. Taken before {@link
   * #lockDay} and {@link #lockCustomer}, never after.
   */
  public void lockFreed(UUID bookingId) {
    lock("freed/" + bookingId);
  }

  private void lock(String key) {
    locks.lock(key);
  }

  /**
   * Whether the booking went in; false when the mechanic's time was already taken. Throws a {@link
   * ConflictException} when the booking it replaces was already moved, or when the customer already
   * holds another slot.
   */
  public boolean insertUnlessTaken(Booking b) {
    var params =
        new MapSqlParameterSource()
            .addValue("id", b.getId())
            .addValue("shopId", b.getShopId())
            .addValue("mechanicId", b.getMechanicId())
            .addValue("customerId", b.getCustomerId())
            .addValue("offeringId", b.getOfferingId())
            .addValue("serviceName", b.getServiceName())
            .addValue("status", b.getStatus().name())
            .addValue("startsAt", Timestamp.from(b.getStartsAt()))
            .addValue("endsAt", Timestamp.from(b.getEndsAt()))
            .addValue("blockedFrom", Timestamp.from(b.getBlockedFrom()))
            .addValue("blockedUntil", Timestamp.from(b.getBlockedUntil()))
            .addValue("priceMinor", b.getPrice().minor())
            .addValue("currency", b.getPrice().currency())
            .addValue("multiplier", b.getMultiplier())
            .addValue(
                "holdExpiresAt",
                b.getHoldExpiresAt() == null ? null : Timestamp.from(b.getHoldExpiresAt()))
            .addValue("vehicleId", b.getVehicleId())
            .addValue("problem", b.getProblem())
            .addValue("contactPhone", b.getContactPhone())
            .addValue("rescheduleCount", b.getRescheduleCount())
            .addValue("rescheduledFrom", b.getRescheduledFrom())
            .addValue("originSessionId", b.getOriginSessionId())
            .addValue("source", b.getSource().name())
            .addValue("createdAt", Timestamp.from(b.getCreatedAt()))
            .addValue(
                "confirmedAt",
                b.getConfirmedAt() == null ? null : Timestamp.from(b.getConfirmedAt()));
    try {
      return jdbc.update(
              """
            insert into bookings (id, version, shop_id, mechanic_id, customer_id, offering_id,
              service_name, status, starts_at, ends_at, blocked_from, blocked_until, price_minor,
              currency, multiplier, hold_expires_at, vehicle_id, problem, contact_phone,
              reschedule_count, rescheduled_from, origin_session_id, source, created_at,
              confirmed_at)
            values (:id, 0, :shopId, :mechanicId, :customerId, :offeringId, :serviceName, :status,
              :startsAt, :endsAt, :blockedFrom, :blockedUntil, :priceMinor, :currency, :multiplier,
              :holdExpiresAt, :vehicleId, :problem, :contactPhone, :rescheduleCount,
              :rescheduledFrom, :originSessionId, :source, :createdAt, :confirmedAt)
            on conflict on constraint bookings_no_overlap do nothing
            """,
              params)
          == 1;
    } catch (DuplicateKeyException e) {
      throw switch (String.valueOf(constraint(e))) {
        case "bookings_rescheduled_from_idx" ->
            new ConflictException("booking.change.already-moved");
        case "bookings_customer_id_held_idx" ->
            new ConflictException("booking.hold.already-holding");
        default -> e;
      };
    }
  }

  private static @Nullable String constraint(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PSQLException sql && sql.getServerErrorMessage() != null) {
        return sql.getServerErrorMessage().getConstraint();
      }
    }
    return null;
  }
}

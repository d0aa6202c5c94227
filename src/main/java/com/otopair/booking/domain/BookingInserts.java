package com.otopair.booking.domain;

import java.sql.Timestamp;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts a booking unless its time clashes with an active one of the same mechanic: {@code ON
 * CONFLICT DO NOTHING} lets the exclusion constraint refuse it without aborting the transaction, so
 * the caller can offer another mechanic or the nearest free slots.
 */
@Component
public class BookingInserts {

  private final NamedParameterJdbcTemplate jdbc;

  BookingInserts(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Serialises bookings of one shop's day until the transaction ends, so that a daily cap, which
   * the exclusion constraint can't express, holds when customers book at the same moment.
   */
  public void lockDay(java.util.UUID shopId, java.time.LocalDate day) {
    jdbc.getJdbcTemplate()
        .queryForList("select pg_advisory_xact_lock(hashtextextended(?, 0))", shopId + "/" + day);
  }

  /** Whether the booking went in; false when the mechanic's time was already taken. */
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
            .addValue("createdAt", Timestamp.from(b.getCreatedAt()))
            .addValue(
                "confirmedAt",
                b.getConfirmedAt() == null ? null : Timestamp.from(b.getConfirmedAt()));
    return jdbc.update(
            """
            insert into bookings (id, version, shop_id, mechanic_id, customer_id, offering_id,
              service_name, status, starts_at, ends_at, blocked_from, blocked_until, price_minor,
              currency, multiplier, hold_expires_at, vehicle_id, problem, contact_phone,
              reschedule_count, rescheduled_from, created_at, confirmed_at)
            values (:id, 0, :shopId, :mechanicId, :customerId, :offeringId, :serviceName, :status,
              :startsAt, :endsAt, :blockedFrom, :blockedUntil, :priceMinor, :currency, :multiplier,
              :holdExpiresAt, :vehicleId, :problem, :contactPhone, :rescheduleCount,
              :rescheduledFrom, :createdAt, :confirmedAt)
            on conflict do nothing
            """,
            params)
        == 1;
  }
}

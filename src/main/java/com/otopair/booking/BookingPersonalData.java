package com.otopair.booking;

import com.otopair.base.I18n;
import com.otopair.base.PersonalData;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A customer's vehicles, bookings and waitlist places. On deletion their upcoming bookings are
 * cancelled as the customer's own cancellation (the shop's policy, the shop told; one whose work is
 * done or under way stays), live holds and waitlist places released, and what they typed (problem,
 * phone, plate, VIN) erased; prices and times stay for the shop's books.
 */
@Component
@Order(10)
class BookingPersonalData implements PersonalData {

  private final JdbcClient jdbc;
  private final EntityManager entities;
  private final BookingAccess access;
  private final CustomerChanges changes;
  private final Clock clock;

  BookingPersonalData(
      JdbcClient jdbc,
      EntityManager entities,
      BookingAccess access,
      CustomerChanges changes,
      Clock clock) {
    this.jdbc = jdbc;
    this.entities = entities;
    this.access = access;
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(UUID userId) {
    var sections = new LinkedHashMap<String, List<Map<String, Object>>>();
    sections.put(
        "vehicles",
        rows(
            "select id, year, make, model, vin, plate, created_at from vehicles"
                + " where customer_id = ? order by created_at",
            userId));
    sections.put(
        "bookings",
        rows(
            "select b.id, b.shop_id, b.service_name, b.status, b.starts_at, b.ends_at,"
                + " b.price_minor, b.currency, b.vehicle_id, b.problem, b.contact_phone,"
                + " b.cancel_reason, b.cancelled_by, b.cancelled_late, b.created_at,"
                + " b.confirmed_at, b.cancelled_at"
                + " from bookings b where b.customer_id = ? order by b.starts_at",
            userId));
    sections.put(
        "waitlist",
        rows(
            "select id, shop_id, offering_id, on_date, status, created_at from waitlist_entries"
                + " where customer_id = ? order by created_at",
            userId));
    return sections;
  }

  @Override
  public void erase(UUID userId) {
    List<UUID> upcoming =
        jdbc.sql(
                "select id from bookings where customer_id = ? and status = 'CONFIRMED'"
                    + " and starts_at > ? order by starts_at")
            .param(userId)
            .param(java.sql.Timestamp.from(clock.instant()))
            .query(UUID.class)
            .list();
    String reason = I18n.t("booking.personal-data.cancel-reason");
    for (UUID bookingId : upcoming) {
      // A booking another module holds (its work done or under way) stays, as for any customer.
      if (changes.refusal(bookingId).isEmpty()) {
        changes.cancel(access.myLocked(bookingId), reason);
      }
    }
    // What the moves above changed is written first, so no managed copy writes over the erasure.
    entities.flush();
    jdbc.sql(
            "update bookings set status = 'EXPIRED', version = version + 1"
                + " where customer_id = ? and status = 'HELD'")
        .param(userId)
        .update();
    jdbc.sql(
            "update bookings set problem = '', contact_phone = '', version = version + 1"
                + " where customer_id = ? and (problem <> '' or contact_phone <> '')")
        .param(userId)
        .update();
    jdbc.sql(
            "update vehicles set vin = null, plate = '', version = version + 1"
                + " where customer_id = ?")
        .param(userId)
        .update();
    jdbc.sql(
            "update waitlist_entries set status = 'LEFT', version = version + 1"
                + " where customer_id = ? and status = 'WAITING'")
        .param(userId)
        .update();
  }

  private List<Map<String, Object>> rows(String sql, UUID userId) {
    return jdbc.sql(sql).param(userId).query().listOfRows();
  }
}

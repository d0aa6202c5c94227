package com.otopair.audit;

import com.otopair.base.I18n;
import com.otopair.booking.BookingAudited;
import com.otopair.booking.BookingHistory;
import com.otopair.booking.BookingHistoryEntry;
import java.sql.Array;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit log's lines about bookings (an admin's cancellation, move, resent confirmation; a
 * refund or forced cancellation from Admin Payments), for the admin's timeline of one booking: who
 * did what, in the reader's language. A note's line is left out: the note itself is on the
 * timeline, with its author.
 */
@Component
class AuditBookingHistory implements BookingHistory {

  private final JdbcClient jdbc;

  AuditBookingHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<BookingHistoryEntry> entries(Collection<UUID> bookingIds) {
    if (bookingIds.isEmpty()) {
      return List.of();
    }
    Map<String, UUID> subjects = new HashMap<>();
    bookingIds.forEach(id -> subjects.put(BookingAudited.subject(id), id));
    return jdbc.sql(
            """
            select occurred_at, actor, action, subject, details, details_key, details_args
              from audit_entries where subject in (:subjects) and action <> 'BOOKING_NOTE_ADDED'
            """)
        .param("subjects", subjects.keySet())
        .query(
            (rs, row) -> {
              String key = rs.getString("details_key");
              Array stored = rs.getArray("details_args");
              Object[] args = stored == null ? new Object[0] : (Object[]) stored.getArray();
              String details =
                  key != null && I18n.has(key) ? I18n.t(key, args) : rs.getString("details");
              String actor = rs.getString("actor");
              String text =
                  I18n.t(
                      "audit.history.entry",
                      action(rs.getString("action")),
                      actor == null ? I18n.t("audit.history.system") : actor,
                      details);
              return new BookingHistoryEntry(
                  rs.getTimestamp("occurred_at").toInstant(),
                  BookingHistoryEntry.Kind.AUDIT,
                  subjects.get(rs.getString("subject")),
                  text);
            })
        .list();
  }

  /** The action as people read it, as the audit log's screen says it. */
  private static String action(String action) {
    String key = "audit.action." + action.toLowerCase(Locale.ROOT).replace('_', '-');
    return I18n.isKey(key) && I18n.has(key) ? I18n.t(key) : action;
  }
}

package com.otopair.notifications;

import com.otopair.base.I18n;
import com.otopair.booking.BookingHistory;
import com.otopair.booking.BookingHistoryEntry;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mails sent about bookings (confirmed, moved, cancelled, reminded, sent again), for the
 * admin's timeline of one booking: what, to whom, and whether it left. Mails logged before they
 * named their booking are not listed.
 */
@Component
class MailBookingHistory implements BookingHistory {

  private final JdbcClient jdbc;

  MailBookingHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<BookingHistoryEntry> entries(Collection<UUID> bookingIds) {
    if (bookingIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select about_booking, coalesce(sent_at, created_at) as at, recipient, subject, status
              from mail_log where about_booking in (:ids)
            """)
        .param("ids", bookingIds)
        .query(
            (rs, row) -> {
              MailLog.Status status = MailLog.Status.valueOf(rs.getString("status"));
              String text =
                  I18n.t(
                      status == MailLog.Status.SENT || status == MailLog.Status.RETRIED
                          ? "notifications.history.sent"
                          : "notifications.history.not-sent",
                      rs.getString("subject"),
                      rs.getString("recipient"),
                      status.label());
              return new BookingHistoryEntry(
                  rs.getTimestamp("at").toInstant(),
                  BookingHistoryEntry.Kind.EMAIL,
                  rs.getObject("about_booking", UUID.class),
                  text);
            })
        .list();
  }
}

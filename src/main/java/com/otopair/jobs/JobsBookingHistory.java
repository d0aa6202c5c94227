package com.otopair.jobs;

import com.otopair.base.I18n;
import com.otopair.booking.BookingHistory;
import com.otopair.booking.BookingHistoryEntry;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The job a booking became, for the admin's timeline of the booking: when it was opened and each
 * state it went through. Admins don't open a shop's job page; the link is the admin's list of jobs,
 * narrowed to the shop.
 */
@Component
class JobsBookingHistory implements BookingHistory {

  private final JdbcClient jdbc;

  JobsBookingHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<BookingHistoryEntry> entries(Collection<UUID> bookingIds) {
    if (bookingIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select j.booking_id, j.shop_id, j.number, j.title, e.at, e.kind, e.to_status
              from jobs j join job_events e on e.job_id = j.id
             where j.booking_id in (:ids)
               and (e.kind = 'CREATED' or (e.kind = 'STATUS' and e.to_status is not null))
             order by e.seq
            """)
        .param("ids", bookingIds)
        .query(
            (rs, row) -> {
              String reference = "J-" + rs.getInt("number");
              String to = rs.getString("to_status");
              String text =
                  "CREATED".equals(rs.getString("kind"))
                      ? I18n.t("jobs.history.created", reference, rs.getString("title"))
                      : I18n.t(
                          "jobs.history.status",
                          reference,
                          to == null ? "" : JobStatus.valueOf(to).label());
              return new BookingHistoryEntry(
                  rs.getTimestamp("at").toInstant(),
                  BookingHistoryEntry.Kind.JOB,
                  rs.getObject("booking_id", UUID.class),
                  text,
                  "admin/jobs?shop=" + rs.getObject("shop_id", UUID.class));
            })
        .list();
  }
}

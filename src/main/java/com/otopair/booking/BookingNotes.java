package com.otopair.booking;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Admins' internal notes on bookings: never shown to the customer nor the shop, and no one is
 * mailed about them. Written and read in the caller's transaction.
 */
@Component
class BookingNotes {

  static final int MAX_LENGTH = 2000;

  /** One note: who wrote it (null once their account is gone), what and when. */
  record Note(UUID id, UUID bookingId, @Nullable UUID authorId, String text, Instant createdAt) {}

  private final JdbcClient jdbc;

  BookingNotes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The note's text as kept: trimmed, refused when empty, too long or with odd characters. */
  static String checked(String text) {
    PlainText.requireLines("text", text);
    String kept = text.strip();
    if (kept.isEmpty()) {
      throw new InvalidRequestException("text", "booking.note.required");
    }
    if (kept.length() > MAX_LENGTH) {
      throw new InvalidRequestException("text", "booking.note.too-long", MAX_LENGTH);
    }
    return kept;
  }

  UUID add(UUID bookingId, UUID authorId, String text, Instant now) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into booking_notes (id, booking_id, author_id, text, created_at)
            values (:id, :booking, :author, :text, :now)
            """)
        .param("id", id)
        .param("booking", bookingId)
        .param("author", authorId)
        .param("text", text)
        .param("now", Timestamp.from(now))
        .update();
    return id;
  }

  List<Note> of(Collection<UUID> bookingIds) {
    if (bookingIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select id, booking_id, author_id, text, created_at from booking_notes
            where booking_id in (:ids) order by created_at, id
            """)
        .param("ids", bookingIds)
        .query(
            (rs, row) ->
                new Note(
                    rs.getObject("id", UUID.class),
                    rs.getObject("booking_id", UUID.class),
                    rs.getObject("author_id", UUID.class),
                    rs.getString("text"),
                    rs.getTimestamp("created_at").toInstant()))
        .list();
  }
}

package com.otopair.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Liquibase 0074 removes the unfinished publications the payments' listener will no longer be
 * handed (a new booking's confirmation) and keeps those of moved bookings: run here on rows of both
 * kinds, in a transaction rolled back afterwards.
 */
class NoOpPaymentPublicationsTest extends IntegrationTest {

  static final String LISTENER =
      "com.otopair.payments.BookingPayments.on(com.otopair.booking.BookingConfirmed)";

  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void aNewBookingsConfirmationIsRemovedAndAMovedOnesIsKept() throws Exception {
    String change =
        Files.readAllLines(Path.of("liquibase/changes/0074-outbox-no-op-payments.sql")).stream()
            .filter(line -> !line.startsWith("--"))
            .collect(Collectors.joining("\n"));
    UUID fresh = UUID.randomUUID();
    UUID moved = UUID.randomUUID();

    List<UUID> left =
        transactions.execute(
            status -> {
              publication(fresh, null);
              publication(moved, UUID.randomUUID());
              jdbc.update(change);
              List<UUID> ids =
                  jdbc.queryForList(
                      "select id from event_publication where id in (?, ?)",
                      UUID.class,
                      fresh,
                      moved);
              status.setRollbackOnly();
              return ids;
            });

    assertThat(left).containsExactly(moved);
  }

  private void publication(UUID id, UUID rescheduledFrom) {
    String event =
        "{\"bookingId\":\""
            + UUID.randomUUID()
            + "\",\"rescheduledFrom\":"
            + (rescheduledFrom == null ? "null" : "\"" + rescheduledFrom + "\"")
            + "}";
    jdbc.update(
        "insert into event_publication (id, listener_id, event_type, serialized_event,"
            + " publication_date, status, completion_attempts)"
            + " values (?, ?, 'com.otopair.booking.BookingConfirmed', ?, ?, 'PUBLISHED', 0)",
        id,
        LISTENER,
        event,
        Timestamp.from(clock.instant()));
  }
}

package com.otopair.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.booking.domain.BookingRepository;
import com.otopair.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A confirmation is written to the outbox only for the listeners that have something to do with it:
 * a new booking of a service done at the shop has no session to follow and no payment to move, so
 * those two listeners get no publication (and no transactions of their own); a moved booking still
 * reaches the payments, a remote one the sessions. Read from {@code event_publication} inside the
 * confirming transaction, which is then rolled back.
 */
class ConfirmationListenersTest extends IntegrationTest {

  static final String SESSIONS = "com.otopair.consult.BookedSessions.on(" + type() + ")";
  static final String PAYMENTS = "com.otopair.payments.BookingPayments.on(" + type() + ")";
  static final String JOBS = "com.otopair.jobs.JobBookings.on(" + type() + ")";
  static final String MAIL = "com.otopair.notifications.BookingMails.on(" + type() + ")";

  @Autowired BookingEvents events;
  @Autowired BookingRepository bookings;
  @Autowired ApplicationContext beans;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  ConfirmedBooking booked;

  @BeforeEach
  void aBookingOfAServiceDoneAtTheShop() {
    booked = ConfirmedBooking.create(beans, clock);
  }

  @Test
  void aNewBookingAtTheShopSkipsTheSessionsAndThePayments() {
    List<String> listeners = publishedTo(null, null);

    assertThat(listeners).contains(JOBS, MAIL).doesNotContain(SESSIONS, PAYMENTS);
  }

  @Test
  void aMovedBookingStillReachesThePayments() {
    List<String> listeners = publishedTo(UUID.randomUUID(), null);

    assertThat(listeners).contains(JOBS, MAIL, PAYMENTS).doesNotContain(SESSIONS);
  }

  @Test
  void aBookingOfARemoteServiceReachesTheSessions() {
    List<String> listeners = publishedTo(null, "REMOTE_VIDEO");

    assertThat(listeners).contains(JOBS, MAIL, SESSIONS).doesNotContain(PAYMENTS);
  }

  @Test
  void anEventWrittenBeforeTheModeWasCarriedStillReachesTheSessions() {
    BookingConfirmed old = booked.confirmed();
    assertThat(old.remote()).isNull();
    assertThat(old.mayBeRemote()).isTrue();
  }

  /** The listeners the booking's confirmation is stored for, optionally moved or made remote. */
  private List<String> publishedTo(@Nullable UUID movedFrom, @Nullable String mode) {
    return transactions.execute(
        status -> {
          if (mode != null) {
            jdbc.update(
                "update offerings set mode = ? where id = (select offering_id from bookings"
                    + " where id = ?)",
                mode,
                booked.bookingId());
          }
          events.confirmed(bookings.findById(booked.bookingId()).orElseThrow(), movedFrom);
          List<String> listeners =
              jdbc.queryForList(
                  "select listener_id from event_publication where event_type = ?"
                      + " and serialized_event like ?",
                  String.class,
                  type(),
                  "%" + booked.bookingId() + "%");
          status.setRollbackOnly();
          return listeners;
        });
  }

  private static String type() {
    return BookingConfirmed.class.getName();
  }
}

package com.otopair.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The listeners of one confirmation (its mail, its inbox notices, its job) read the booking's
 * notice once between them, but never a booking older than a read of their own would give: a write
 * to the booking's row makes the next listener read anew, and so does a run after the others (a
 * resubmission).
 */
class ConfirmationNoticeTest extends IntegrationTest {

  @Autowired BookingNotices notices;
  @Autowired ApplicationContext beans;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  ConfirmedBooking booked;

  @BeforeEach
  void aConfirmedBooking() {
    booked = ConfirmedBooking.create(beans, clock);
  }

  /** The notice a listener of {@code confirmed} gets, in a transaction of its own as it runs. */
  private BookingNotices.Notice listen(BookingConfirmed confirmed) {
    return transactions.execute(tx -> notices.notice(confirmed).orElseThrow());
  }

  /** Changes the booking's vehicle, which the notice names (its row is not the booking's). */
  private void vehicleModel(String model) {
    jdbc.update(
        "update vehicles set model = ? where id = (select vehicle_id from bookings where id = ?)",
        model,
        booked.bookingId());
  }

  @Test
  void theListenersOfOneConfirmationShareOneReadUntilTheBookingChanges() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      var start = new CountDownLatch(1);
      List<Future<BookingNotices.Notice>> runs = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  return listen(booked.confirmed());
                }));
      }
      start.countDown();
      for (var run : runs) {
        assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(runs.getFirst().get());
      }
    } finally {
      pool.shutdownNow();
    }
    String vehicle = listen(booked.confirmed()).booking().vehicle();
    assertThat(vehicle).contains("Corolla");

    // What the first listener read is what the others use: not read again.
    vehicleModel("Camry");
    assertThat(listen(booked.confirmed()).booking().vehicle()).isEqualTo(vehicle);

    // The booking itself changed: the next listener reads it anew.
    jdbc.update(
        "update bookings set status = 'CANCELLED', cancelled_by = 'CUSTOMER',"
            + " cancel_reason = 'Car sold', cancelled_at = now() where id = ?",
        booked.bookingId());
    BookingNotices.Notice after = listen(booked.confirmed());
    assertThat(after.booking().status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(after.booking().vehicle()).contains("Camry");
  }

  @Test
  void aRunAfterTheOthersReadsAnew() throws Exception {
    listen(booked.confirmed());
    vehicleModel("Camry");

    Thread.sleep(BookingNotices.SHARED_FOR.toMillis() + 100);
    assertThat(listen(booked.confirmed()).booking().vehicle()).contains("Camry");
    // Another confirmation's listeners never share this one's read.
    UUID other = UUID.randomUUID();
    assertThat(
            notices.notice(new BookingConfirmed(other, other, other, other, clock.instant(), null)))
        .isEmpty();
  }
}

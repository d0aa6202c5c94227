package com.otopair.payments;

import com.otopair.booking.BookingPaymentStates;
import com.otopair.booking.BookingPaymentStates.State;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' bookings console's payment column, read for a page of bookings in one query: each
 * booking's live payment (the one {@code payments_one_live_per_subject} allows), else its latest
 * ended one. A payment whose failure is one of {@link PaymentTrends#FAILURES} and that took no
 * money reads "Failed"; a captured one with money back "Partly refunded" or "Refunded".
 */
@Component
class BookingPaymentStatesFromPayments implements BookingPaymentStates {

  private final JdbcClient jdbc;

  BookingPaymentStatesFromPayments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<UUID, State> states(Collection<UUID> bookingIds) {
    Map<UUID, State> states = new HashMap<>();
    if (bookingIds.isEmpty()) {
      return states;
    }
    jdbc.sql(
            """
            select distinct on (subject_id) subject_id, status, captured_minor, extra_minor,
                   refunded_minor, split_part(failure, chr(31), 1) in (:failures) as failed
              from payments
             where subject_kind = 'BOOKING' and subject_id in (:ids)
             order by subject_id, status in ('EXPIRED', 'CANCELLED'), created_at desc, id desc
            """)
        .param("failures", PaymentTrends.FAILURES)
        .param("ids", bookingIds)
        .query(
            rs -> {
              PaymentStatus status = PaymentStatus.valueOf(rs.getString("status"));
              long charged = rs.getLong("captured_minor") + rs.getLong("extra_minor");
              long refunded = rs.getLong("refunded_minor");
              states.put(
                  rs.getObject("subject_id", UUID.class),
                  state(status, charged, refunded, rs.getBoolean("failed")));
            });
    return states;
  }

  static State state(PaymentStatus status, long charged, long refunded, boolean failed) {
    if (failed && status != PaymentStatus.CAPTURED && status != PaymentStatus.REFUNDED) {
      return State.FAILED;
    }
    return switch (status) {
      case PENDING -> State.AWAITING;
      case DUE -> State.DUE;
      case AUTHORIZED -> State.AUTHORIZED;
      case CAPTURED ->
          refunded == 0 ? State.PAID : refunded >= charged ? State.REFUNDED : State.PARTLY_REFUNDED;
      case REFUNDED -> refunded > 0 && refunded < charged ? State.PARTLY_REFUNDED : State.REFUNDED;
      case CANCELLED -> State.RELEASED;
      case EXPIRED -> State.NOT_PAID;
    };
  }
}

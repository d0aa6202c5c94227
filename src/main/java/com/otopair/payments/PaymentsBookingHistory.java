package com.otopair.payments;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.Money;
import com.otopair.booking.BookingHistory;
import com.otopair.booking.BookingHistoryEntry;
import com.otopair.booking.BookingPaymentStates;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The payments of bookings, for the admin's timeline of one booking: started, card held, charged,
 * failed or released, and each refund with its amount and reason; and the state of its payment.
 */
@Component
class PaymentsBookingHistory implements BookingHistory {

  private final JdbcClient jdbc;
  private final BookingPaymentStatesFromPayments states;

  PaymentsBookingHistory(JdbcClient jdbc, BookingPaymentStatesFromPayments states) {
    this.jdbc = jdbc;
    this.states = states;
  }

  @Override
  public List<BookingHistoryEntry> entries(Collection<UUID> bookingIds) {
    if (bookingIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select p.subject_id as booking_id, 'CREATED' as what, p.created_at as at,
                   p.amount_minor as minor, p.currency, p.gateway as detail
              from payments p where p.subject_kind = 'BOOKING' and p.subject_id in (:ids)
            union all
            select p.subject_id, 'AUTHORIZED', p.authorized_at, p.amount_minor, p.currency, null
              from payments p where p.subject_kind = 'BOOKING' and p.subject_id in (:ids)
               and p.authorized_at is not null
            union all
            select p.subject_id, 'CAPTURED', p.captured_at, p.captured_minor + p.extra_minor,
                   p.currency, null
              from payments p where p.subject_kind = 'BOOKING' and p.subject_id in (:ids)
               and p.captured_at is not null
            union all
            select p.subject_id, 'FAILED', p.updated_at, 0, p.currency, p.failure
              from payments p where p.subject_kind = 'BOOKING' and p.subject_id in (:ids)
               and p.failure is not null
            union all
            select p.subject_id, 'REFUND_' || r.status, coalesce(r.completed_at, r.created_at),
                   r.amount_minor, p.currency, r.reason
              from payment_refunds r join payments p on p.id = r.payment_id
             where p.subject_kind = 'BOOKING' and p.subject_id in (:ids)
            """)
        .param("ids", bookingIds)
        .query(
            (rs, row) -> {
              Money amount = new Money(rs.getLong("minor"), rs.getString("currency"));
              String detail = rs.getString("detail");
              String money = Formats.current().money(amount);
              String text =
                  switch (rs.getString("what")) {
                    case "CREATED" ->
                        I18n.t(
                            "STRIPE".equals(detail)
                                ? "payments.history.started-online"
                                : "payments.history.started-at-shop",
                            money);
                    case "AUTHORIZED" -> I18n.t("payments.history.authorized", money);
                    case "CAPTURED" -> I18n.t("payments.history.charged", money);
                    case "FAILED" ->
                        I18n.t(
                            "payments.history.failed",
                            detail == null ? "" : StoredText.read(detail));
                    case "REFUND_DONE" ->
                        I18n.t(
                            "payments.history.refunded",
                            money,
                            detail == null ? "" : StoredText.read(detail));
                    default ->
                        I18n.t(
                            "payments.history.refund-requested",
                            money,
                            detail == null ? "" : StoredText.read(detail));
                  };
              return new BookingHistoryEntry(
                  rs.getTimestamp("at").toInstant(),
                  BookingHistoryEntry.Kind.PAYMENT,
                  rs.getObject("booking_id", UUID.class),
                  text);
            })
        .list();
  }

  /**
   * Its payment as the bookings console names it (one word: Paid, Card held, Refunded...), with the
   * amounts once money moved: "Paid · $89.00", "Partly refunded · $89.00, $20.00 back".
   */
  @Override
  public Optional<String> state(UUID bookingId) {
    BookingPaymentStates.State state =
        states.states(List.of(bookingId)).getOrDefault(bookingId, BookingPaymentStates.State.NONE);
    String amounts =
        jdbc.sql(
                """
                select captured_minor + extra_minor as paid, refunded_minor, currency
                  from payments where subject_kind = 'BOOKING' and subject_id = :id
                 order by created_at desc, id limit 1
                """)
            .param("id", bookingId)
            .query(
                (rs, row) -> {
                  String currency = rs.getString("currency");
                  long paid = rs.getLong("paid");
                  long refunded = rs.getLong("refunded_minor");
                  Formats formats = Formats.current();
                  if (refunded > 0 && refunded < paid) {
                    return I18n.t(
                        "payments.history.state.partly-refunded",
                        formats.money(new Money(paid, currency)),
                        formats.money(new Money(refunded, currency)));
                  }
                  if (refunded > 0) {
                    return formats.money(new Money(refunded, currency));
                  }
                  return paid > 0 ? formats.money(new Money(paid, currency)) : "";
                })
            .optional()
            .orElse("");
    return Optional.of(
        amounts.isEmpty()
            ? state.label()
            : I18n.t("payments.history.state.with-amounts", state.label(), amounts));
  }
}

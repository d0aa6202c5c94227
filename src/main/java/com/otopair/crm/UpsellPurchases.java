package com.otopair.crm;

import com.otopair.booking.BookingConfirmed;
import com.otopair.booking.PastBookingRecorded;
import com.otopair.consult.SessionRequested;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Decides which offers were bought: a booking the customer confirmed at an offer's shop (of its
 * category, when it names one), or a session they asked a shop for after a premium offer, within 14
 * days after their click. The most recent such click wins; one purchase buys one offer.
 *
 * <p>Idempotent by construction: the change is one conditional update {@code where state =
 * 'CLICKED'} that skips a purchase already recorded, and a unique index on the purchase backs it,
 * so a replay, or two runs at once, change one row once.
 */
@Component
class UpsellPurchases {

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  UpsellPurchases(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  @ApplicationModuleListener
  void on(BookingConfirmed confirmed) {
    if (confirmed.rescheduledFrom() != null) {
      // A moved booking was decided when it was first made.
      return;
    }
    booked(confirmed.bookingId());
  }

  /** A visit of the past, written afterwards (the demo's history), bought what it bought then. */
  @ApplicationModuleListener
  void on(PastBookingRecorded recorded) {
    booked(recorded.bookingId());
  }

  private void booked(UUID bookingId) {
    bought(
        """
        update upsell_offers o
        set state = 'BOUGHT', bought_at = b.confirmed_at, bought_with = b.id
        from bookings b
        where b.id = :purchase and b.status in ('CONFIRMED', 'COMPLETED')
          and b.confirmed_at is not null
          and not exists (select 1 from upsell_offers x where x.bought_with = b.id)
          and o.id = (
              select x.id from upsell_offers x
              join offerings f on f.id = b.offering_id
              where x.customer_id = b.customer_id and x.shop_id = b.shop_id
                and x.kind <> 'PREMIUM_SESSION' and x.state = 'CLICKED'
                and (x.category is null or x.category = f.category)
                and x.clicked_at <= b.confirmed_at
                and b.confirmed_at <= x.clicked_at + interval '14 days'
              order by (x.category is not null) desc, x.clicked_at desc, x.id
              limit 1)
          and o.state = 'CLICKED'
        returning o.customer_id
        """,
        bookingId);
  }

  @ApplicationModuleListener
  void on(SessionRequested requested) {
    bought(
        """
        update upsell_offers o
        set state = 'BOUGHT', bought_at = s.requested_at, bought_with = s.id
        from consult_sessions s
        where s.id = :purchase
          and not exists (select 1 from upsell_offers x where x.bought_with = s.id)
          and o.id = (
              select x.id from upsell_offers x
              where x.customer_id = s.customer_id and x.shop_id = s.shop_id
                and x.kind = 'PREMIUM_SESSION' and x.state = 'CLICKED'
                and x.clicked_at <= s.requested_at
                and s.requested_at <= x.clicked_at + interval '14 days'
              order by x.clicked_at desc, x.id
              limit 1)
          and o.state = 'CLICKED'
        returning o.customer_id
        """,
        requested.sessionId());
  }

  private void bought(String update, UUID purchase) {
    Optional<UUID> customer =
        jdbc.sql(update).param("purchase", purchase).query(UUID.class).optional();
    customer.ifPresent(id -> events.publishEvent(new UpsellsChanged(id)));
  }
}

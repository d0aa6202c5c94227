package com.otopair.crm;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The offers table: one row per (customer, kind, subject), decided by its unique constraint, and
 * every change of state a conditional update on the state it leaves, so two tabs (or two runs of a
 * listener) at once change it once.
 */
@Component
class UpsellLedger {

  private final JdbcClient jdbc;

  UpsellLedger(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The state of each of the customer's offers, by kind and subject. */
  Map<String, UpsellState> states(UUID customerId) {
    return jdbc
        .sql("select kind, subject, state from upsell_offers where customer_id = :customer")
        .param("customer", customerId)
        .query(
            (rs, n) ->
                Map.entry(
                    rs.getString("kind") + "|" + rs.getString("subject"),
                    UpsellState.valueOf(rs.getString("state"))))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  static String key(Upsell upsell) {
    return upsell.kind().name() + "|" + upsell.subject();
  }

  /**
   * The offer of this recommendation, recorded as shown now the first time (a later showing keeps
   * that time and its state, and takes the recommendation's current target).
   */
  UpsellOffer shown(UUID customerId, Upsell upsell, Instant now) {
    return jdbc.sql(
            """
            insert into upsell_offers
                (id, customer_id, kind, subject, shop_id, vehicle_id, category, target, state,
                 shown_at)
            values (:id, :customer, :kind, :subject, :shop, :vehicle, :category, :target, 'SHOWN',
                    :now)
            on conflict on constraint upsell_offers_once do update
                set target = excluded.target, shop_id = excluded.shop_id,
                    category = excluded.category
            returning id, state
            """)
        .param("id", UUID.randomUUID())
        .param("customer", customerId)
        .param("kind", upsell.kind().name())
        .param("subject", upsell.subject())
        .param("shop", upsell.shopId())
        .param("vehicle", upsell.vehicleId())
        .param("category", upsell.category() == null ? null : upsell.category().name())
        .param("target", upsell.target())
        .param("now", Timestamp.from(now))
        .query(
            (rs, n) ->
                new UpsellOffer(
                    rs.getObject("id", UUID.class),
                    upsell,
                    UpsellState.valueOf(rs.getString("state"))))
        .single();
  }

  /** An offer of the customer's: its shop and target, or empty when it is not theirs. */
  Optional<Owned> owned(UUID customerId, UUID offerId) {
    return jdbc.sql(
            "select shop_id, target from upsell_offers where id = :id and customer_id = :customer")
        .param("id", offerId)
        .param("customer", customerId)
        .query((rs, n) -> new Owned(rs.getObject("shop_id", UUID.class), rs.getString("target")))
        .optional();
  }

  /** The state of an offer of the customer's, or empty when it is not theirs. */
  Optional<UpsellState> state(UUID customerId, UUID offerId) {
    return jdbc.sql("select state from upsell_offers where id = :id and customer_id = :customer")
        .param("id", offerId)
        .param("customer", customerId)
        .query((rs, n) -> UpsellState.valueOf(rs.getString("state")))
        .optional();
  }

  record Owned(UUID shopId, String target) {}

  /** Shown or clicked becomes clicked now (a second click moves the time); true when it did. */
  boolean click(UUID customerId, UUID offerId, Instant now) {
    return jdbc.sql(
                """
                update upsell_offers set state = 'CLICKED', clicked_at = :now
                where id = :id and customer_id = :customer and state in ('SHOWN', 'CLICKED')
                """)
            .param("id", offerId)
            .param("customer", customerId)
            .param("now", Timestamp.from(now))
            .update()
        == 1;
  }

  /** Shown or clicked becomes dismissed; true when it did. */
  boolean dismiss(UUID customerId, UUID offerId, Instant now) {
    return jdbc.sql(
                """
                update upsell_offers set state = 'DISMISSED', dismissed_at = :now
                where id = :id and customer_id = :customer and state in ('SHOWN', 'CLICKED')
                """)
            .param("id", offerId)
            .param("customer", customerId)
            .param("now", Timestamp.from(now))
            .update()
        == 1;
  }
}

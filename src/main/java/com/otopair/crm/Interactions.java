package com.otopair.crm;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records one interaction per business fact: the same fact recorded twice, or by two runs of a
 * listener at once, leaves one row ({@code crm_interactions_fact} decides, with {@code ON CONFLICT
 * DO NOTHING}, so the second run neither fails nor waits for a retry).
 *
 * <p><b>Entry points.</b> A journey starts with an intake ({@link InteractionKind#INTAKE_STARTED})
 * or a click on an upsell card ({@link InteractionKind#UPSELL_CLICKED}): those say where they came
 * in. A later step of the same customer (a session, a summary read, a booking, a follow-up, a
 * review) {@linkplain #recordStep inherits} the entry point of that customer's latest journey start
 * at or before it, decided in SQL when it is recorded; with none, it is {@link EntryPoint#OTHER}.
 */
@Component
public class Interactions {

  private final JdbcClient jdbc;

  Interactions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the fact; true when this call recorded it, false when it was already there. */
  @Transactional
  public boolean record(
      InteractionKind kind,
      UUID subjectId,
      UUID customerId,
      @Nullable UUID shopId,
      EntryPoint entryPoint,
      Instant occurredAt) {
    return jdbc.sql(
                """
                insert into crm_interactions
                    (id, customer_id, kind, subject_id, shop_id, entry_point, occurred_at)
                values (:id, :customer, :kind, :subject, :shop, :entry, :at)
                on conflict on constraint crm_interactions_fact do nothing
                """)
            .param("id", UUID.randomUUID())
            .param("customer", customerId)
            .param("kind", kind.name())
            .param("subject", subjectId)
            .param("shop", shopId)
            .param("entry", entryPoint.name())
            .param("at", Timestamp.from(occurredAt))
            .update()
        == 1;
  }

  /**
   * Records a later step of a journey, with the entry point of the customer's latest journey start
   * at or before {@code occurredAt} ({@link EntryPoint#OTHER} without one); true when this call
   * recorded it.
   */
  @Transactional
  public boolean recordStep(
      InteractionKind kind,
      UUID subjectId,
      UUID customerId,
      @Nullable UUID shopId,
      Instant occurredAt) {
    return jdbc.sql(
                """
                insert into crm_interactions
                    (id, customer_id, kind, subject_id, shop_id, entry_point, occurred_at)
                values (:id, :customer, :kind, :subject, :shop,
                    coalesce((select start.entry_point from crm_interactions start
                              where start.customer_id = :customer
                                and start.kind in ('INTAKE_STARTED', 'UPSELL_CLICKED')
                                and start.occurred_at <= :at
                              order by start.occurred_at desc, start.recorded_at desc
                              limit 1), 'OTHER'),
                    :at)
                on conflict on constraint crm_interactions_fact do nothing
                """)
            .param("id", UUID.randomUUID())
            .param("customer", customerId)
            .param("kind", kind.name())
            .param("subject", subjectId)
            .param("shop", shopId)
            .param("at", Timestamp.from(occurredAt))
            .update()
        == 1;
  }
}

package com.otopair.crm;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
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
 * at or before it, decided in SQL when it is recorded (with none, {@link EntryPoint#OTHER}), and
 * again when a start is recorded after steps it precedes (events arrive in any order).
 */
@Component
public class Interactions {

  /** The interactions a journey starts with: they say where it came in. */
  private static final Set<InteractionKind> JOURNEY_STARTS =
      EnumSet.of(InteractionKind.INTAKE_STARTED, InteractionKind.UPSELL_CLICKED);

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
    boolean recorded = insert(kind, subjectId, customerId, shopId, entryPoint, occurredAt);
    if (recorded && JOURNEY_STARTS.contains(kind)) {
      inherit(customerId, entryPoint, occurredAt);
    }
    return recorded;
  }

  private boolean insert(
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
   * The outbox delivers events in no promised order: a step recorded before the journey start that
   * precedes it took the entry point it saw then. A start, once recorded, gives its entry point to
   * the customer's steps from it until the next start.
   */
  private void inherit(UUID customerId, EntryPoint entryPoint, Instant startedAt) {
    jdbc.sql(
            """
            update crm_interactions step set entry_point = :entry
            where step.customer_id = :customer
              and step.kind in ('SESSION', 'SUMMARY_VIEWED', 'BOOKING', 'FOLLOW_UP', 'REVIEW')
              and step.occurred_at >= :at
              and step.entry_point <> :entry
              and not exists (
                  select 1 from crm_interactions later
                  where later.customer_id = :customer
                    and later.kind in ('INTAKE_STARTED', 'UPSELL_CLICKED')
                    and later.occurred_at > :at
                    and later.occurred_at <= step.occurred_at)
            """)
        .param("entry", entryPoint.name())
        .param("customer", customerId)
        .param("at", Timestamp.from(startedAt))
        .update();
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

package com.otopair.crm;

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
            .param("at", java.sql.Timestamp.from(occurredAt))
            .update()
        == 1;
  }
}

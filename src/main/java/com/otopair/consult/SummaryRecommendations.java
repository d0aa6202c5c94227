package com.otopair.consult;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The repairs mechanics recommended to a customer in the summaries they sent after ended sessions,
 * for other modules that suggest booking them (the CRM's follow-up upsell). A repair the customer
 * booked since is no longer recommended: a live or completed booking at the session's shop made
 * from the session, or of the recommended service after the session ended. The caller names the
 * customer it acts for; another customer's summaries are never among them.
 */
@Service
@Transactional(readOnly = true)
public class SummaryRecommendations {

  /** One recommended repair: the session, its shop and mechanic, the shop's service to book. */
  public record Recommendation(
      UUID sessionId,
      UUID shopId,
      @Nullable String mechanicName,
      UUID repairServiceId,
      Instant sentAt) {}

  private final JdbcClient jdbc;

  SummaryRecommendations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The customer's recommended repairs not booked since, the latest summary first. */
  public List<Recommendation> of(UUID customerId) {
    // Bookings are read where they point back at the session (booking sits upstream of consult).
    return jdbc.sql(
            """
            select cs.id, cs.shop_id, cs.mechanic_name, r.repair_service_id, r.sent_at
            from consult_sessions cs
            join consult_reports r on r.session_id = cs.id and r.status = 'SENT'
                and r.repair_service_id is not null
            where cs.customer_id = :customer and cs.status = 'ENDED'
              and not exists (
                  select 1 from bookings b
                  where b.customer_id = cs.customer_id and b.shop_id = cs.shop_id
                    and b.status in ('HELD', 'CONFIRMED', 'COMPLETED')
                    and (b.origin_session_id = cs.id
                         or (b.offering_id = r.repair_service_id and b.created_at >= cs.ended_at)))
            order by r.sent_at desc, cs.id
            """)
        .param("customer", customerId)
        .query(
            (rs, n) ->
                new Recommendation(
                    rs.getObject("id", UUID.class),
                    rs.getObject("shop_id", UUID.class),
                    rs.getString("mechanic_name"),
                    rs.getObject("repair_service_id", UUID.class),
                    rs.getTimestamp("sent_at").toInstant()))
        .list();
  }
}

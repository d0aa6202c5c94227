package com.otopair.consult;

import com.otopair.shops.OfferingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a customer's sessions ended, for other modules that suggest the next one (the CRM's premium
 * upsell: a longer or video session after one that ran out of time or was chat only). The caller
 * names the customer it acts for; another customer's sessions are never among them.
 */
@Service
@Transactional(readOnly = true)
public class EndedSessions {

  /** An ended session: its shop, mechanic, mode, why it ended and how long it was booked for. */
  public record EndedSession(
      UUID sessionId,
      UUID shopId,
      @Nullable String mechanicName,
      OfferingMode mode,
      @Nullable EndReason endReason,
      int durationMinutes,
      Instant endedAt) {

    /** Whether it ended because its time was up. */
    public boolean timeUp() {
      return endReason == EndReason.TIME_UP;
    }

    /** Whether it was a chat, without video. */
    public boolean chatOnly() {
      return mode == OfferingMode.REMOTE_CHAT;
    }
  }

  private final JdbcClient jdbc;

  EndedSessions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The customer's latest ended session at each shop, the latest first. */
  public List<EndedSession> latestPerShop(UUID customerId) {
    return jdbc.sql(
            """
            select * from (
                select distinct on (cs.shop_id) cs.id, cs.shop_id, cs.mechanic_name, cs.mode,
                       cs.end_reason, cs.duration_minutes, cs.ended_at
                from consult_sessions cs
                where cs.customer_id = :customer and cs.status = 'ENDED'
                order by cs.shop_id, cs.ended_at desc, cs.id
            ) latest
            order by ended_at desc, id
            """)
        .param("customer", customerId)
        .query(
            (rs, n) -> {
              String reason = rs.getString("end_reason");
              return new EndedSession(
                  rs.getObject("id", UUID.class),
                  rs.getObject("shop_id", UUID.class),
                  rs.getString("mechanic_name"),
                  OfferingMode.valueOf(rs.getString("mode")),
                  reason == null ? null : EndReason.valueOf(reason),
                  rs.getInt("duration_minutes"),
                  rs.getTimestamp("ended_at").toInstant());
            })
        .list();
  }
}

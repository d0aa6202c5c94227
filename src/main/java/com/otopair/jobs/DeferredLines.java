package com.otopair.jobs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The estimate lines a customer left for later, for other modules that recommend them again (the
 * CRM's upsells): lines the customer declined (kept as "recommended later"), not credits, on jobs
 * that were not cancelled. The caller names the customer it acts for; another customer's lines are
 * never among them.
 */
@Service
@Transactional(readOnly = true)
public class DeferredLines {

  /**
   * One line left for later: its job's shop and vehicle as written on the job, and, when the job
   * came from a booking, that booking's vehicle and service.
   */
  public record DeferredLine(
      UUID lineId,
      UUID shopId,
      String description,
      String vehicle,
      @Nullable UUID vehicleId,
      @Nullable UUID bookedServiceId,
      @Nullable Instant decidedAt) {}

  private final JdbcClient jdbc;

  DeferredLines(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The customer's lines left for later, the latest decided first, then in estimate order. */
  public List<DeferredLine> of(UUID customerId) {
    return jdbc.sql(
            """
            select l.id, l.description, l.decided_at, j.shop_id, j.vehicle,
                   b.vehicle_id, b.offering_id
            from job_lines l
            join jobs j on j.id = l.job_id
            left join bookings b on b.id = j.booking_id
            where j.customer_id = :customer and l.approval = 'DECLINED' and l.kind <> 'CREDIT'
              and j.status <> 'CANCELLED'
            order by l.decided_at desc nulls last, j.id, l.position
            """)
        .param("customer", customerId)
        .query(
            (rs, n) -> {
              var decided = rs.getTimestamp("decided_at");
              return new DeferredLine(
                  rs.getObject("id", UUID.class),
                  rs.getObject("shop_id", UUID.class),
                  rs.getString("description"),
                  rs.getString("vehicle"),
                  rs.getObject("vehicle_id", UUID.class),
                  rs.getObject("offering_id", UUID.class),
                  decided == null ? null : decided.toInstant());
            })
        .list();
  }
}

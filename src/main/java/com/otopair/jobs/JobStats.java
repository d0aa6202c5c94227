package com.otopair.jobs;

import com.otopair.base.StatRange;
import com.otopair.shops.ShopScope;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mechanics' work, for reports, aggregated in SQL over the jobs completed in the range (the moment
 * the job moved to completed, kept on the job as its history records it), one shop's (its owner) or
 * the marketplace's ({@code null}, admins), in one currency:
 *
 * <ul>
 *   <li>hours worked: the booked hours (the booking's start to end) of those jobs that came from a
 *       booking;
 *   <li>billed: the approved estimate lines (before tax), in minor units, kept as the job
 *       completed;
 *   <li>on-time start: of those jobs with a booking, how many were started (first moved to in
 *       progress) no later than {@value #ON_TIME_MINUTES} minutes after the booked start.
 * </ul>
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class JobStats {

  /**
   * A start this many minutes after the booked time is still on time (the trigger of Liquibase 0055
   * counts with the same 10 minutes).
   */
  public static final int ON_TIME_MINUTES = 10;

  private static final long QUARTER_SECONDS = 15 * 60;

  private final JdbcClient jdbc;
  private final ShopScope scope;

  JobStats(JdbcClient jdbc, ShopScope scope) {
    this.jdbc = jdbc;
    this.scope = scope;
  }

  /**
   * One mechanic's completed jobs: how many, booked minutes, billed minor units, how many had a
   * booked start and were started, and how many of those on time.
   */
  public record MechanicWork(
      UUID mechanicId,
      long completed,
      long bookedMinutes,
      long billedMinor,
      long timed,
      long onTime) {}

  /** The mechanics with completed jobs, the busiest first, at most {@code limit}. */
  public List<MechanicWork> byMechanic(
      @Nullable UUID shopId, String currency, StatRange range, int limit) {
    scope.require(shopId);
    Map<String, Object> parameters = range.sqlParameters();
    parameters.put("currency", currency);
    parameters.put("limit", Math.max(1, Math.min(limit, 500)));
    parameters.put("onTime", ON_TIME_MINUTES + " minutes");
    if (shopId != null) {
      parameters.put("shop", shopId);
    }
    String shop = shopId == null ? "" : " and shop_id = :shop";
    String sql =
        onQuarters(range)
            ? """
              select mechanic_id, sum(completed) as completed,
                  coalesce(round(sum(booked_seconds) / 60), 0) as minutes,
                  sum(billed_minor) as billed, sum(timed) as timed, sum(on_time) as on_time
              from job_mechanic_quarters
              where currency = :currency and quarter >= :start and quarter < :end
              """
                + shop
                + " group by mechanic_id having sum(completed) > 0"
            : """
              select j.mechanic_id,
                  count(*) as completed,
                  coalesce(round(sum(extract(epoch from b.ends_at - b.starts_at)) / 60), 0)
                      as minutes,
                  coalesce(sum(j.billed_minor), 0) as billed,
                  count(j.started_at) filter (where b.id is not null) as timed,
                  count(*) filter (where j.started_at <= b.starts_at + cast(:onTime as interval))
                      as on_time
              from jobs j
              left join bookings b on b.id = j.booking_id
              where j.status = 'COMPLETED' and j.completed_at >= :start and j.completed_at < :end
                  and j.mechanic_id is not null and j.currency = :currency
              """
                + shop.replace("shop_id", "j.shop_id")
                + " group by j.mechanic_id";
    return jdbc.sql(sql + " order by completed desc, mechanic_id limit :limit")
        .params(parameters)
        .query(
            (row, n) ->
                new MechanicWork(
                    row.getObject("mechanic_id", UUID.class),
                    row.getLong("completed"),
                    row.getLong("minutes"),
                    row.getLong("billed"),
                    row.getLong("timed"),
                    row.getLong("on_time")))
        .list();
  }

  /**
   * Whether the range begins and ends on quarter hours, as every day of the zones in use does: then
   * the per-quarter sums the database keeps (Liquibase 0055) add up to exactly the jobs'.
   */
  static boolean onQuarters(StatRange range) {
    return range.start().getEpochSecond() % QUARTER_SECONDS == 0
        && range.end().getEpochSecond() % QUARTER_SECONDS == 0;
  }
}

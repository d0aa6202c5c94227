package com.otopair.jobs;

import com.otopair.base.Money;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopMembership;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's home in numbers, from the jobs: how many open jobs stand in each state, and the
 * estimates waiting for the customer's approval with what they add up to. Counted in SQL; only the
 * shop's owner may read them, a stranger is told the shop is not there.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class OwnerJobFigures {

  private final JdbcClient jdbc;
  private final ShopMembership membership;
  private final ServiceMenu menu;

  OwnerJobFigures(JdbcClient jdbc, ShopMembership membership, ServiceMenu menu) {
    this.jdbc = jdbc;
    this.membership = membership;
    this.menu = menu;
  }

  /** Jobs waiting for the customer to approve their estimate, and its pending lines' total. */
  public record WaitingEstimates(long jobs, Money total) {}

  /** The shop's open jobs by state, in the states' order; a state with none counts zero. */
  public Map<JobStatus, Long> openByStatus(UUID shopId) {
    membership.requireOwner(shopId);
    Map<JobStatus, Long> counts = new EnumMap<>(JobStatus.class);
    for (JobStatus status : JobStatus.values()) {
      if (status.isOpen()) {
        counts.put(status, 0L);
      }
    }
    jdbc.sql(
            """
            select status, count(*) as jobs from jobs
            where shop_id = :shop and status not in ('COMPLETED', 'CANCELLED')
            group by status
            """)
        .param("shop", shopId)
        .query((rs, n) -> counts.put(JobStatus.valueOf(rs.getString("status")), rs.getLong("jobs")))
        .list();
    return counts;
  }

  /**
   * The jobs waiting for approval and the total of their lines still pending (before tax), in the
   * shop's currency.
   */
  public WaitingEstimates waitingEstimates(UUID shopId) {
    membership.requireOwner(shopId);
    String currency = menu.currencyOf(shopId);
    return jdbc.sql(
            """
            select count(distinct j.id) as jobs,
                   coalesce(sum(round(l.quantity * l.unit_price_minor))
                            filter (where l.approval = 'PENDING'), 0) as pending
            from jobs j left join job_lines l on l.job_id = j.id
            where j.shop_id = :shop and j.status = 'WAITING_APPROVAL' and j.currency = :currency
            """)
        .param("shop", shopId)
        .param("currency", currency)
        .query(
            (rs, n) ->
                new WaitingEstimates(
                    rs.getLong("jobs"), new Money(rs.getLong("pending"), currency)))
        .single();
  }
}

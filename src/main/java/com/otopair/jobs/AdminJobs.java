package com.otopair.jobs;

import com.otopair.base.Roles;
import com.otopair.base.Searches;
import com.otopair.jobs.domain.Job;
import com.otopair.jobs.domain.JobRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every shop's jobs for admins: searched by customer, vehicle, shop or title (a trigram index),
 * filtered by status, shop and creation date, sorted as the grid asks, a page at a time. No total
 * count: the grid pages on without one, so a million jobs answer as fast as a hundred.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class AdminJobs {

  /** What an admin looks for; dates are UTC days of creation, both ends included. */
  public record Query(
      String text,
      @Nullable JobStatus status,
      @Nullable UUID shopId,
      @Nullable LocalDate from,
      @Nullable LocalDate to) {

    public static Query any() {
      return new Query("", null, null, null, null);
    }
  }

  /** A shop to filter by. */
  public record ShopChoice(UUID id, String name) {}

  private final JobRepository jobs;
  private final JobReads reads;
  private final JdbcTemplate jdbc;

  AdminJobs(JobRepository jobs, JobReads reads, JdbcTemplate jdbc) {
    this.jobs = jobs;
    this.reads = reads;
    this.jdbc = jdbc;
  }

  /**
   * One page of the jobs that match, sorted as asked (newest first unless told otherwise) and then
   * by id, so that jobs with equal sort keys never repeat or go missing between pages. Sort by
   * {@code createdAt}, {@code updatedAt}, {@code customerName}, {@code shopName} or {@code status}.
   */
  public Slice<JobSummary> search(Query query, Pageable page) {
    Pageable stable = Searches.stable(page, Sort.by(Sort.Direction.DESC, "createdAt"));
    Slice<Job> found = jobs.findBy(matching(query), q -> q.slice(stable));
    return new SliceImpl<>(reads.summaries(found.getContent()), stable, found.hasNext());
  }

  /** The shops that have jobs, by name, for the shop filter. */
  public List<ShopChoice> shops() {
    return jdbc.query(
        "select distinct on (shop_name, shop_id) shop_id, shop_name from job_counters c"
            + " join lateral (select shop_name from jobs j where j.shop_id = c.shop_id limit 1) n on true"
            + " order by shop_name, shop_id",
        (rs, i) -> new ShopChoice(rs.getObject("shop_id", UUID.class), rs.getString("shop_name")));
  }

  private static Specification<Job> matching(Query query) {
    return (root, q, cb) -> {
      var predicate = cb.conjunction();
      if (!Searches.text(query.text()).isEmpty()) {
        predicate =
            cb.and(
                predicate,
                cb.like(root.get("searchText"), Searches.containing(query.text()), '\\'));
      }
      if (query.status() != null) {
        predicate = cb.and(predicate, cb.equal(root.get("status"), query.status()));
      }
      if (query.shopId() != null) {
        predicate = cb.and(predicate, cb.equal(root.get("shopId"), query.shopId()));
      }
      if (query.from() != null) {
        predicate =
            cb.and(
                predicate,
                cb.greaterThanOrEqualTo(
                    root.<Instant>get("createdAt"),
                    query.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
      }
      if (query.to() != null) {
        predicate =
            cb.and(
                predicate,
                cb.lessThan(
                    root.<Instant>get("createdAt"),
                    query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
      }
      return predicate;
    };
  }
}

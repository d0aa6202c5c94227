package com.otopair.jobs.domain;

import com.otopair.jobs.JobStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface JobRepository extends JpaRepository<Job, UUID>, JpaSpecificationExecutor<Job> {

  Optional<Job> findByBookingId(UUID bookingId);

  /** A shop's open jobs and those changed since {@code since}, latest change first. */
  @Query(
      "select j from Job j where j.shopId = :shopId"
          + " and (j.status in :open or j.updatedAt > :since) order by j.updatedAt desc")
  List<Job> onBoard(UUID shopId, Collection<JobStatus> open, Instant since);

  /**
   * A mechanic's jobs at one shop whose time (scheduled, or opened for a job without a time) falls
   * in {@code from}–{@code to}, cancelled ones left out, in the order of their time.
   */
  @Query(
      "select j from Job j where j.mechanicId = :mechanicId and j.shopId = :shopId"
          + " and j.status <> com.otopair.jobs.JobStatus.CANCELLED"
          + " and coalesce(j.scheduledAt, j.createdAt) >= :from"
          + " and coalesce(j.scheduledAt, j.createdAt) < :to"
          + " order by coalesce(j.scheduledAt, j.createdAt), j.number")
  List<Job> ofMechanicBetween(UUID mechanicId, UUID shopId, Instant from, Instant to);
}

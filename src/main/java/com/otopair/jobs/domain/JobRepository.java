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
}

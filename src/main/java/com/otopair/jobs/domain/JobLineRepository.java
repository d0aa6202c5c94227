package com.otopair.jobs.domain;

import com.otopair.jobs.JobStatus;
import com.otopair.jobs.LineApproval;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface JobLineRepository extends JpaRepository<JobLine, UUID> {

  List<JobLine> findByJobIdOrderByPosition(UUID jobId);

  boolean existsByJobIdAndApproval(UUID jobId, LineApproval approval);

  /** Whether a job started from the session, and not {@code cancelled}, has its credit line. */
  @Query(
      """
      select count(l) > 0 from JobLine l, Job j
      where l.jobId = j.id and j.originSessionId = :sessionId
        and l.kind = com.otopair.jobs.LineKind.CREDIT and j.status <> :cancelled
      """)
  boolean creditedFor(@Param("sessionId") UUID sessionId, @Param("cancelled") JobStatus cancelled);
}

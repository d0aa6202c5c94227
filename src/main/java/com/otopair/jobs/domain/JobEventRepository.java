package com.otopair.jobs.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface JobEventRepository extends JpaRepository<JobEvent, UUID> {

  /** The job's timeline in the order it was written. */
  @Query(value = "select * from job_events where job_id = :jobId order by seq", nativeQuery = true)
  List<JobEvent> timelineOf(UUID jobId);
}

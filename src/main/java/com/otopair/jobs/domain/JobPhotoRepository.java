package com.otopair.jobs.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JobPhotoRepository extends JpaRepository<JobPhoto, UUID> {

  List<JobPhoto> findByJobIdOrderByAddedAt(UUID jobId);

  long countByJobId(UUID jobId);
}

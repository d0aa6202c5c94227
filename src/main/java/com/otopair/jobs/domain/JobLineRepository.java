package com.otopair.jobs.domain;

import com.otopair.jobs.LineApproval;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JobLineRepository extends JpaRepository<JobLine, UUID> {

  List<JobLine> findByJobIdOrderByPosition(UUID jobId);

  boolean existsByJobIdAndApproval(UUID jobId, LineApproval approval);
}

package com.otopair.jobs.domain;

import com.otopair.jobs.JobStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JobRepository extends JpaRepository<Job, UUID> {

  Optional<Job> findByBookingId(UUID bookingId);

  List<Job> findByShopIdAndStatusInOrderByUpdatedAtDesc(
      UUID shopId, Collection<JobStatus> statuses);

  List<Job> findByShopIdOrderByUpdatedAtDesc(UUID shopId);
}

package com.otopair.jobs.domain;

import com.otopair.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A photo of the car a job is about; the file lives in the file store under {@code fileKey}. */
@Entity
@Table(name = "job_photos")
public class JobPhoto extends AbstractEntity {

  @Column(name = "job_id", nullable = false, updatable = false)
  private UUID jobId;

  @Column(name = "file_key", nullable = false, updatable = false)
  private String fileKey;

  @Column(name = "added_by", nullable = false, updatable = false)
  private String addedBy;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  protected JobPhoto() {
    this.jobId = new UUID(0, 0);
    this.fileKey = "";
    this.addedBy = "";
    this.addedAt = Instant.EPOCH;
  }

  public JobPhoto(UUID jobId, String fileKey, String addedBy, Instant addedAt) {
    this.jobId = jobId;
    this.fileKey = fileKey;
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }

  public UUID getJobId() {
    return jobId;
  }

  public String getFileKey() {
    return fileKey;
  }

  public String getAddedBy() {
    return addedBy;
  }

  public Instant getAddedAt() {
    return addedAt;
  }
}

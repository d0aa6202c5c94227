package com.otopair.jobs.domain;

import com.otopair.base.AbstractEntity;
import com.otopair.jobs.JobStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a job's timeline; never changed once written. A person's step carries their words in
 * {@code comment}; a step Otopair writes itself carries the key of its sentence ({@code noteKey})
 * and, in {@code comment}, the words of people it quotes. A system actor is named by key ({@code
 * actorKey}), its English name kept beside it. Both are read in the reader's language.
 */
@Entity
@Table(name = "job_events")
public class JobEvent extends AbstractEntity {

  public enum Kind {
    CREATED,
    STATUS,
    ASSIGNED,
    ESTIMATE,
    APPROVAL,
    PHOTO
  }

  @Column(name = "job_id", nullable = false, updatable = false)
  private UUID jobId;

  @Column(name = "at", nullable = false, updatable = false)
  private Instant at;

  @Column(name = "actor_id", updatable = false)
  private @Nullable UUID actorId;

  @Column(name = "actor_name", nullable = false, updatable = false)
  private String actorName;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false)
  private @Nullable JobStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", updatable = false)
  private @Nullable JobStatus toStatus;

  @Column(name = "actor_key", updatable = false, length = 80)
  private @Nullable String actorKey;

  @Column(name = "comment", nullable = false, updatable = false)
  private String comment;

  @Column(name = "note_key", updatable = false, length = 80)
  private @Nullable String noteKey;

  protected JobEvent() {
    this.jobId = new UUID(0, 0);
    this.at = Instant.EPOCH;
    this.actorName = "";
    this.kind = Kind.CREATED;
    this.comment = "";
  }

  public JobEvent(
      UUID jobId,
      Instant at,
      @Nullable UUID actorId,
      String actorName,
      @Nullable String actorKey,
      Kind kind,
      @Nullable JobStatus fromStatus,
      @Nullable JobStatus toStatus,
      String comment,
      @Nullable String noteKey) {
    this.jobId = jobId;
    this.at = at;
    this.actorId = actorId;
    this.actorName = actorName;
    this.actorKey = actorKey;
    this.noteKey = noteKey;
    this.kind = kind;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.comment = comment;
  }

  public UUID getJobId() {
    return jobId;
  }

  public Instant getAt() {
    return at;
  }

  public @Nullable UUID getActorId() {
    return actorId;
  }

  public String getActorName() {
    return actorName;
  }

  public @Nullable String getActorKey() {
    return actorKey;
  }

  public @Nullable String getNoteKey() {
    return noteKey;
  }

  public Kind getKind() {
    return kind;
  }

  public @Nullable JobStatus getFromStatus() {
    return fromStatus;
  }

  public @Nullable JobStatus getToStatus() {
    return toStatus;
  }

  public String getComment() {
    return comment;
  }
}

package com.otopair.consult.domain;

import com.otopair.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer's quick question about a completed session, and its one answer. The answer is given by
 * a conditional update in {@link FollowUpQuestionRepository}, so this class only reads it.
 */
@Entity
@Table(name = "consult_questions")
public class FollowUpQuestion extends AbstractEntity {

  @Column(name = "parent_session_id", nullable = false, updatable = false)
  private UUID parentSessionId;

  @Column(name = "shop_id", nullable = false, updatable = false)
  private UUID shopId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private UUID customerId;

  /** The parent session's mechanic, who has the question alone until {@link #reservedUntil}. */
  @Column(name = "mechanic_id", nullable = false, updatable = false)
  private UUID mechanicId;

  @Column(name = "question", nullable = false, updatable = false)
  private String question;

  @Column(name = "asked_at", nullable = false, updatable = false)
  private Instant askedAt;

  @Column(name = "reserved_until", nullable = false, updatable = false)
  private Instant reservedUntil;

  @Column(name = "answer", insertable = false, updatable = false)
  private @Nullable String answer;

  @Column(name = "answered_by", insertable = false, updatable = false)
  private @Nullable UUID answeredBy;

  @Column(name = "answered_by_name", insertable = false, updatable = false)
  private @Nullable String answeredByName;

  @Column(name = "answered_at", insertable = false, updatable = false)
  private @Nullable Instant answeredAt;

  protected FollowUpQuestion() {
    parentSessionId = UUID.randomUUID();
    shopId = UUID.randomUUID();
    customerId = UUID.randomUUID();
    mechanicId = UUID.randomUUID();
    question = "";
    askedAt = Instant.EPOCH;
    reservedUntil = Instant.EPOCH;
  }

  public FollowUpQuestion(
      UUID parentSessionId,
      UUID shopId,
      UUID customerId,
      UUID mechanicId,
      String question,
      Instant askedAt,
      Instant reservedUntil) {
    this.parentSessionId = parentSessionId;
    this.shopId = shopId;
    this.customerId = customerId;
    this.mechanicId = mechanicId;
    this.question = question;
    this.askedAt = askedAt;
    this.reservedUntil = reservedUntil;
  }

  public UUID getParentSessionId() {
    return parentSessionId;
  }

  public UUID getShopId() {
    return shopId;
  }

  public UUID getCustomerId() {
    return customerId;
  }

  public UUID getMechanicId() {
    return mechanicId;
  }

  public String getQuestion() {
    return question;
  }

  public Instant getAskedAt() {
    return askedAt;
  }

  public Instant getReservedUntil() {
    return reservedUntil;
  }

  public @Nullable String getAnswer() {
    return answer;
  }

  public @Nullable UUID getAnsweredBy() {
    return answeredBy;
  }

  public @Nullable String getAnsweredByName() {
    return answeredByName;
  }

  public @Nullable Instant getAnsweredAt() {
    return answeredAt;
  }
}

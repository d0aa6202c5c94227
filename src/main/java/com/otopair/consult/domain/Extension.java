package com.otopair.consult.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A mechanic's offer of more minutes in a session, at a price. Its answer is written by a
 * conditional update of the open offer (see {@link ExtensionRepository}), never through this
 * object.
 */
@Entity
@Table(name = "consult_extensions")
public class Extension {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "session_id", nullable = false, updatable = false)
  private UUID sessionId;

  @Column(name = "mechanic_id", nullable = false, updatable = false)
  private UUID mechanicId;

  @Column(name = "minutes", nullable = false, updatable = false)
  private int minutes;

  @Column(name = "price_minor", nullable = false, updatable = false)
  private long priceMinor;

  @Column(name = "currency", nullable = false, updatable = false)
  private String currency;

  @Column(name = "state", nullable = false)
  private String state;

  @Column(name = "offered_at", nullable = false, updatable = false)
  private Instant offeredAt;

  @Column(name = "answered_at")
  private @Nullable Instant answeredAt;

  protected Extension() {
    id = UUID.randomUUID();
    sessionId = id;
    mechanicId = id;
    currency = "CAD";
    state = "OFFERED";
    offeredAt = Instant.EPOCH;
  }

  public Extension(
      UUID sessionId,
      UUID mechanicId,
      int minutes,
      long priceMinor,
      String currency,
      Instant offeredAt) {
    this.id = UUID.randomUUID();
    this.sessionId = sessionId;
    this.mechanicId = mechanicId;
    this.minutes = minutes;
    this.priceMinor = priceMinor;
    this.currency = currency;
    this.state = "OFFERED";
    this.offeredAt = offeredAt;
  }

  public UUID getId() {
    return id;
  }

  public UUID getSessionId() {
    return sessionId;
  }

  public UUID getMechanicId() {
    return mechanicId;
  }

  public int getMinutes() {
    return minutes;
  }

  public long getPriceMinor() {
    return priceMinor;
  }

  public String getCurrency() {
    return currency;
  }

  public String getState() {
    return state;
  }

  public Instant getOfferedAt() {
    return offeredAt;
  }
}

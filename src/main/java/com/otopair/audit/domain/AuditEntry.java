package com.otopair.audit.domain;

import com.otopair.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the audit log. Never changed once written. */
@Entity
@Table(name = "audit_entries")
public class AuditEntry extends AbstractEntity {

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor", updatable = false, length = 254)
  private @Nullable String actor;

  @Column(name = "action", nullable = false, updatable = false, length = 40)
  private String action;

  @Column(name = "subject", nullable = false, updatable = false, length = 254)
  private String subject;

  @Column(name = "details", nullable = false, updatable = false, length = 1000)
  private String details;

  @Column(name = "client_address", updatable = false, length = 64)
  private @Nullable String clientAddress;

  protected AuditEntry() {
    this(Instant.EPOCH, null, "", "", "", null);
  }

  public AuditEntry(
      Instant occurredAt,
      @Nullable String actor,
      String action,
      String subject,
      String details,
      @Nullable String clientAddress) {
    this.occurredAt = occurredAt;
    this.actor = clip(actor, 254);
    this.action = action;
    this.subject = clip(subject, 254);
    this.details = clip(details, 1000);
    this.clientAddress = clip(clientAddress, 64);
  }

  private static <T extends @Nullable String> T clip(T value, int max) {
    @SuppressWarnings("unchecked")
    T clipped = value == null || value.length() <= max ? value : (T) value.substring(0, max);
    return clipped;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public @Nullable String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getSubject() {
    return subject;
  }

  public String getDetails() {
    return details;
  }

  public @Nullable String getClientAddress() {
    return clientAddress;
  }
}

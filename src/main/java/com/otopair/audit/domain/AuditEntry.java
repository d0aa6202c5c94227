package com.otopair.audit.domain;

import com.otopair.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log. Never changed once written. Its details are a sentence of the bundles
 * ({@code detailsKey}, with {@code detailsArgs}) in each reader's language, and the same in English
 * ({@code details}); a line written before keys has only the English.
 */
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

  @Column(name = "details_key", updatable = false)
  private @Nullable String detailsKey;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "details_args", updatable = false)
  private String @Nullable [] detailsArgs;

  @Column(name = "client_address", updatable = false, length = 64)
  private @Nullable String clientAddress;

  protected AuditEntry() {
    this(Instant.EPOCH, null, "", "", "", null, List.of(), null);
  }

  public AuditEntry(
      Instant occurredAt,
      @Nullable String actor,
      String action,
      String subject,
      String details,
      @Nullable String detailsKey,
      List<String> detailsArgs,
      @Nullable String clientAddress) {
    this.occurredAt = occurredAt;
    this.actor = clip(actor, 254);
    this.action = action;
    this.subject = clip(subject, 254);
    this.details = clip(details, 1000);
    this.detailsKey = detailsKey;
    this.detailsArgs = detailsArgs.stream().map(arg -> clip(arg, 1000)).toArray(String[]::new);
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

  public @Nullable String getDetailsKey() {
    return detailsKey;
  }

  /** The values of the details' placeholders; none for a line written before keys. */
  public List<String> getDetailsArgs() {
    return detailsArgs == null ? List.of() : List.of(detailsArgs);
  }

  public @Nullable String getClientAddress() {
    return clientAddress;
  }
}

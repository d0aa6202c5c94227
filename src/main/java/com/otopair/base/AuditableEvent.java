package com.otopair.base;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An event that belongs in the audit log: who did what to whom, from where. The audit module
 * records every published event of this type through the outbox.
 */
public interface AuditableEvent {

  /** A stable, upper-case action name such as {@code LOGIN_FAILED}. */
  String action();

  /** The email of whoever acted; {@code null} for the system or an unknown visitor. */
  @Nullable String actor();

  /** What was acted on, usually an email address. */
  String subject();

  /** A short human-readable description. */
  String details();

  /** The client address of the request that caused it, if any. */
  @Nullable String clientAddress();

  /** When it happened (not when the audit log got to record it). */
  Instant occurredAt();
}

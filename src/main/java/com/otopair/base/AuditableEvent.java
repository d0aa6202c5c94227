package com.otopair.base;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event that belongs in the audit log: who did what to whom, from where. The audit module
 * records every published event of this type through the outbox.
 *
 * <p>Its details are read by admins in their own language: an event names the sentence by its key
 * in its module's bundle ({@link #detailsKey()}) with the values of its placeholders ({@link
 * #detailsArgs()}), and the log renders it when it is read. The English text ({@link #details()})
 * is stored beside them, for whoever searches the stored text, for developers' logs and for the
 * lines written before.
 */
public interface AuditableEvent {

  /** A stable, upper-case action name such as {@code LOGIN_FAILED}. */
  String action();

  /** The email of whoever acted; {@code null} for the system or an unknown visitor. */
  @Nullable String actor();

  /** What was acted on, usually an email address. */
  String subject();

  /**
   * A short description in English: by default the sentence of {@link #detailsKey()} in English, so
   * an event with a key need not write its words twice; an event without one gives its own.
   */
  default String details() {
    String key = detailsKey();
    return key == null ? action() : I18n.t(I18n.ENGLISH, key, detailsArgs().toArray());
  }

  /**
   * The key of the details' sentence in the bundles ({@code identity.audit.suspended}), rendered in
   * the reader's language when the log is read; {@code null} when the event has only its English
   * {@link #details()}. A value that people read as a word of Otopair (a status, a role, a mode) is
   * part of the key, one sentence for each, never a placeholder: the log keeps values, not words.
   */
  default @Nullable String detailsKey() {
    return null;
  }

  /**
   * The values of the {@link #detailsKey()} sentence's placeholders, {@code {0}} first, as stored
   * and shown as they are: emails, names, reasons people typed, amounts already formatted.
   */
  default List<String> detailsArgs() {
    return List.of();
  }

  /** The client address of the request that caused it, if any. */
  @Nullable String clientAddress();

  /** When it happened (not when the audit log got to record it). */
  Instant occurredAt();
}

package com.otopair.audit;

import com.otopair.audit.domain.AuditEntry;
import com.otopair.audit.domain.AuditEntryRepository;
import com.otopair.base.AuditableEvent;
import com.otopair.base.PlainText;
import com.otopair.base.Roles;
import com.otopair.base.Searches;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit log: written from {@link AuditableEvent}s through the outbox, read by admins. */
@Service
@Transactional(readOnly = true)
public class AuditLog {

  private final AuditEntryRepository entries;

  AuditLog(AuditEntryRepository entries) {
    this.entries = entries;
  }

  /**
   * Once per event, however often the outbox delivers it and however many runs race. Records the
   * event as it came, but storable: what a stranger typed at sign-in may hold control characters (a
   * NUL cannot be stored at all), so each shows as U+FFFD. The details are kept both as their key
   * and values, to read in each admin's language, and in English.
   */
  @ApplicationModuleListener
  void on(AuditableEvent event) {
    entries.addOnce(
        new AuditEntry(
            event.occurredAt(),
            event.actor() == null ? null : storable(event.actor()),
            event.action(),
            storable(event.subject()),
            storable(event.details()),
            event.detailsKey(),
            event.detailsArgs().stream().map(AuditLog::storable).toList(),
            event.clientAddress() == null ? null : storable(event.clientAddress())),
        key(event));
  }

  private static String storable(String text) {
    return PlainText.replaceControls(text, "\uFFFD");
  }

  /**
   * The event's digest: everything it says, when to the microsecond (as PostgreSQL keeps it). The
   * English details stand for their key and values, so an event keeps the digest it had before
   * keys.
   */
  static String key(AuditableEvent event) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      for (String part :
          Arrays.asList(
              event.action(),
              event.actor(),
              event.subject(),
              event.details(),
              event.clientAddress(),
              event.occurredAt().truncatedTo(ChronoUnit.MICROS).toString())) {
        digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
  public Slice<AuditRecord> search(AuditFilter filter, Pageable page) {
    Pageable newestFirst = Searches.stable(page, Sort.by(Sort.Direction.DESC, "occurredAt"));
    return entries
        .findBy(matching(filter), query -> query.slice(newestFirst))
        .map(AuditLog::record);
  }

  @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
  public List<String> actions() {
    return entries.findDistinctActions();
  }

  private static Specification<AuditEntry> matching(AuditFilter filter) {
    return (root, query, cb) -> {
      var predicate = cb.conjunction();
      if (!filter.actor().isBlank()) {
        predicate =
            cb.and(
                predicate,
                cb.like(cb.lower(root.get("actor")), Searches.containing(filter.actor()), '\\'));
      }
      if (filter.action() != null) {
        predicate =
            cb.and(
                predicate,
                PlainText.isLine(filter.action())
                    ? cb.equal(root.get("action"), filter.action())
                    : cb.disjunction()); // no action has a control character
      }
      if (filter.from() != null) {
        predicate =
            cb.and(
                predicate,
                cb.greaterThanOrEqualTo(
                    root.get("occurredAt"),
                    filter.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
      }
      if (filter.to() != null) {
        predicate =
            cb.and(
                predicate,
                cb.lessThan(
                    root.get("occurredAt"),
                    filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
      }
      return predicate;
    };
  }

  private static AuditRecord record(AuditEntry entry) {
    return new AuditRecord(
        entry.getId(),
        entry.getOccurredAt(),
        entry.getActor(),
        entry.getAction(),
        entry.getSubject(),
        entry.getDetails(),
        entry.getDetailsKey(),
        entry.getDetailsArgs(),
        entry.getClientAddress());
  }
}

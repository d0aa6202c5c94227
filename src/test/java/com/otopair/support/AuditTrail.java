package com.otopair.support;

import com.otopair.audit.AuditFilter;
import com.otopair.audit.AuditLog;
import com.otopair.audit.AuditRecord;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.springframework.data.domain.PageRequest;

/** Audit entries arrive through the outbox, a moment after the action: wait for them. */
public final class AuditTrail {

  private AuditTrail() {}

  /** The entries of one action about one subject, once there is at least one. Needs an admin. */
  public static List<AuditRecord> await(AuditLog audit, String subject, String action) {
    return Awaitility.await()
        .pollInSameThread()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                audit
                    .search(new AuditFilter("", action, null, null), PageRequest.of(0, 500))
                    .stream()
                    .filter(r -> r.subject().equals(subject))
                    .toList(),
            entries -> !entries.isEmpty());
  }
}

package com.otopair.consult;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A session's summary as lists show it: how urgent, and when it was sent (none: a draft). */
public record ReportHeadline(UUID sessionId, ReportUrgency urgency, @Nullable Instant sentAt) {

  public boolean sent() {
    return sentAt != null;
  }
}

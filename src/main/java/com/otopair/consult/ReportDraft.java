package com.otopair.consult;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the mechanic writes into a session's summary: findings, steps taken, parts and labour lines
 * (rough prices in the shop's currency), next steps, how soon, the in-shop service they recommend
 * booking (or none) and photos of the session, by file key.
 */
public record ReportDraft(
    String findings,
    String stepsTaken,
    List<ReportLine> lines,
    String nextSteps,
    ReportUrgency urgency,
    @Nullable UUID repairServiceId,
    List<String> photoKeys) {

  public ReportDraft {
    lines = List.copyOf(lines);
    photoKeys = List.copyOf(photoKeys);
  }
}

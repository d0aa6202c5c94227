package com.otopair.consult;

import com.otopair.base.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A mechanic's summary of a session: what they found, what they did, the parts and labour it needs
 * (rough prices), what to do next and how soon, and photos by file key. {@code repairServiceId} is
 * the shop's in-shop service the mechanic recommends booking; {@code sessionPrice} is what the
 * session cost its customer (nothing when it was free).
 */
public record SessionReport(
    UUID sessionId,
    UUID shopId,
    String shopName,
    String serviceName,
    UUID customerId,
    UUID mechanicId,
    String mechanicName,
    String vehicle,
    String findings,
    String stepsTaken,
    String nextSteps,
    ReportUrgency urgency,
    @Nullable UUID repairServiceId,
    List<ReportLine> lines,
    List<String> photoKeys,
    Money sessionPrice,
    boolean sessionFree,
    @Nullable Instant sentAt,
    @Nullable Instant firstOpenedAt) {

  /** Whether its customer has it (a draft only its mechanic sees). */
  public boolean sent() {
    return sentAt != null;
  }
}

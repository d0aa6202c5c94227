package com.otopair.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Counts read from the database for gauges, read again at most every {@link #FRESH_FOR}: a scrape
 * costs at most one query per node, however many gauges it reads. Every node reports the same
 * database-wide figures, so rules and panels take their {@code max}, not their sum.
 */
public final class CachedCounts {

  public static final Duration FRESH_FOR = Duration.ofSeconds(30);

  private final Clock clock;
  private final Supplier<Map<String, Long>> read;
  private Map<String, Long> counts = Map.of();
  private @Nullable Instant readAt;

  /** {@code read} answers the counts by key; a key it leaves out counts 0. */
  public CachedCounts(Clock clock, Supplier<Map<String, Long>> read) {
    this.clock = clock;
    this.read = read;
  }

  /** The count of {@code key} as last read, read again first when older than 30 seconds. */
  public synchronized long get(String key) {
    Instant now = clock.instant();
    if (readAt == null || !now.isBefore(readAt.plus(FRESH_FOR)) || now.isBefore(readAt)) {
      counts = Map.copyOf(read.get());
      readAt = now;
    }
    return counts.getOrDefault(key, 0L);
  }
}

package otopair;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Response times per step, kept only in the measured window (after the ramp, before the end), so
 * that the limit is judged at full load: Gatling's own report covers the whole run, ramp included.
 */
final class Steps {

  private record Sample(long millis, boolean ok) {}

  private static final Map<String, ConcurrentLinkedQueue<Sample>> SAMPLES =
      new ConcurrentHashMap<>();
  private static volatile long from = Long.MAX_VALUE;
  private static volatile long to = Long.MAX_VALUE;

  private Steps() {}

  /** Samples count between these two instants (epoch milliseconds). */
  static void window(long start, long end) {
    from = start;
    to = end;
  }

  private static final Map<String, java.util.concurrent.atomic.LongAdder> STALE =
      new ConcurrentHashMap<>();

  /** A click that missed because the page had changed on the server meanwhile (no push here). */
  static void stale(String step) {
    long now = System.currentTimeMillis();
    if (now >= from && now <= to) {
      STALE.computeIfAbsent(step, s -> new java.util.concurrent.atomic.LongAdder()).increment();
    }
  }

  static void record(String step, long millis, boolean ok) {
    long now = System.currentTimeMillis();
    if (now >= from && now <= to) {
      SAMPLES.computeIfAbsent(step, s -> new ConcurrentLinkedQueue<>()).add(new Sample(millis, ok));
    }
  }

  /** The table of the window: per step, count, errors, p50/p95/p99/max; then all UIDL requests. */
  static String report(List<String> uidlSteps) {
    double seconds = Math.max(1, (to - from) / 1000.0);
    var out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-34s %7s %7s %6s %6s %6s %6s %6s%n",
            "step (measured window)",
            "count",
            "per s",
            "errors",
            "p50",
            "p95",
            "p99",
            "max"));
    List<Sample> uidl = new ArrayList<>();
    List<Sample> every = new ArrayList<>();
    for (var entry : new TreeMap<>(SAMPLES).entrySet()) {
      List<Sample> samples = new ArrayList<>(entry.getValue());
      line(out, entry.getKey(), samples, seconds);
      every.addAll(samples);
      if (uidlSteps.contains(entry.getKey())) {
        uidl.addAll(samples);
      }
    }
    line(out, "ALL UIDL requests", uidl, seconds);
    line(out, "ALL recorded requests", every, seconds);
    STALE.forEach(
        (step, count) ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "(%s: %d clicks missed a page changed meanwhile by another user, not errors)%n",
                    step,
                    count.sum())));
    return out.toString();
  }

  private static void line(StringBuilder out, String name, List<Sample> samples, double seconds) {
    long[] times = samples.stream().mapToLong(Sample::millis).sorted().toArray();
    long errors = samples.stream().filter(s -> !s.ok()).count();
    out.append(
        String.format(
            Locale.ROOT,
            "%-34s %7d %7.1f %6d %6d %6d %6d %6d%n",
            name,
            times.length,
            times.length / seconds,
            errors,
            percentile(times, 50),
            percentile(times, 95),
            percentile(times, 99),
            times.length == 0 ? 0 : times[times.length - 1]));
  }

  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      System.err.println("Could not write " + file + ": " + e);
    }
  }
}

package com.otopair.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reads of this node not yet handed to the outbox. Adding one costs a page a queue insert;
 * every {@code otopair.access-log.flush-interval} (a second) the queue goes to the outbox as {@link
 * AccessesRead} events of up to {@value #BATCH} entries, each in a transaction of its own, whatever
 * transaction the reads happened in. Every node flushes its own queue, so this is not a one-node
 * job (no scheduling lock): it runs on the task scheduler, not as a {@code @Scheduled} method.
 */
@Component
class AccessBatches {

  private static final Logger log = LoggerFactory.getLogger(AccessBatches.class);

  /** The most entries one event carries. */
  static final int BATCH = 500;

  /** The most entries kept while the database can't take them (then reads are dropped, logged). */
  static final int MAX_BUFFERED = 100_000;

  private final ConcurrentLinkedQueue<AccessEntry> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger queued = new AtomicInteger();
  private final ApplicationEventPublisher events;
  private final TransactionTemplate ownTransaction;
  private final TaskScheduler scheduler;
  private final Duration interval;
  private @Nullable ScheduledFuture<?> flushing;

  AccessBatches(
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions,
      TaskScheduler scheduler,
      @Value("${otopair.access-log.flush-interval:PT1S}") Duration interval) {
    this.events = events;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.scheduler = scheduler;
    this.interval = interval;
  }

  @PostConstruct
  void start() {
    flushing = scheduler.scheduleWithFixedDelay(this::flush, interval);
  }

  /** Stops the timer and hands what is left to the outbox, so a clean shutdown loses nothing. */
  @PreDestroy
  void stop() {
    if (flushing != null) {
      flushing.cancel(false);
    }
    flush();
  }

  void add(AccessEntry entry) {
    if (queued.incrementAndGet() > MAX_BUFFERED) {
      queued.decrementAndGet();
      log.error("Access log queue full (the outbox is not taking batches): dropped {}", entry);
      return;
    }
    queue.add(entry);
  }

  /** Hands what is queued to the outbox now; a batch it can't take waits for the next run. */
  void flush() {
    List<AccessEntry> batch = drain();
    while (!batch.isEmpty()) {
      var event = new AccessesRead(batch);
      try {
        ownTransaction.executeWithoutResult(tx -> events.publishEvent(event));
      } catch (RuntimeException notNow) {
        queue.addAll(batch);
        queued.addAndGet(batch.size());
        log.warn("Could not hand {} access log entries to the outbox; will retry", batch.size());
        return;
      }
      batch = drain();
    }
  }

  private List<AccessEntry> drain() {
    var batch = new ArrayList<AccessEntry>();
    AccessEntry next;
    while (batch.size() < BATCH && (next = queue.poll()) != null) {
      batch.add(next);
    }
    queued.addAndGet(-batch.size());
    return batch;
  }
}

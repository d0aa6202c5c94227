package com.otopair.notifications;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Mail for Prometheus: {@code otopair.mail.sent}, every mail that left (a retried one once, when it
 * left), and {@code otopair.mail.failed}, every attempt that could not leave (the outbox tries it
 * again later). Counted once {@link MailLog} has recorded it.
 */
@Component
class MailMetrics {

  private final Counter sent;
  private final Counter failed;

  MailMetrics(MeterRegistry registry) {
    this.sent =
        Counter.builder("otopair.mail.sent")
            .description("Mails sent") // i18n: a metric's description, for operators
            .register(registry);
    this.failed =
        Counter.builder("otopair.mail.failed")
            .description("Attempts to send a mail that failed") // i18n: for operators
            .register(registry);
  }

  void sent() {
    sent.increment();
  }

  void failed() {
    failed.increment();
  }
}

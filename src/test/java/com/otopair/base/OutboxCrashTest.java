package com.otopair.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.OtopairApplication;
import com.otopair.support.FreshDatabaseTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A process killed while an outbox listener works loses nothing: the application stops with the
 * publication half done, starts again on the same database, and the publication is delivered then,
 * once.
 */
@Order(FreshDatabaseTest.ORDER)
class OutboxCrashTest {

  /** Something that must happen exactly once, whatever happens to the process. */
  record Chore(String name) {}

  static final CountDownLatch STARTED = new CountDownLatch(1);
  static final CountDownLatch NEVER = new CountDownLatch(1);
  static final List<String> DONE = new CopyOnWriteArrayList<>();
  static volatile boolean firstLife = true;

  /** Hangs in the first life (the process dies meanwhile); does the chore in the second. */
  @Configuration(proxyBeanMethods = false)
  static class ChoreListenerConfiguration {

    @Bean
    ChoreListener choreListener() {
      return new ChoreListener();
    }
  }

  static class ChoreListener {

    @ApplicationModuleListener
    void on(Chore chore) throws InterruptedException {
      if (firstLife) {
        STARTED.countDown();
        NEVER.await(5, TimeUnit.SECONDS);
        throw new IllegalStateException("The process died under this listener");
      }
      DONE.add(chore.name());
    }
  }

  private static ConfigurableApplicationContext start(Path data, int port) {
    return new SpringApplicationBuilder(OtopairApplication.class, ChoreListenerConfiguration.class)
        .run(
            "--server.port=0",
            "--otopair.embedded-postgres.data-directory=" + data,
            "--otopair.embedded-postgres.port=" + port,
            "--otopair.demo.enabled=false",
            "--otopair.files.directory=target/test-files",
            "--otopair.outbox.retry-interval=PT1S",
            "--otopair.outbox.min-age=PT1S",
            "--otopair.outbox.backoff=PT1S",
            "--spring.main.banner-mode=off",
            "--vaadin.devmode.devTools.enabled=false");
  }

  @Test
  void aPublicationInterruptedByAStopIsDeliveredOnceAfterTheRestart() throws Exception {
    Path data = Files.createTempDirectory("otopair-crash-");
    int port = freePort();

    ConfigurableApplicationContext first = start(data, port);
    first
        .getBean(TransactionTemplate.class)
        .executeWithoutResult(status -> first.publishEvent(new Chore("rotate tyres")));
    assertThat(STARTED.await(20, TimeUnit.SECONDS)).isTrue();
    // The process goes away while the listener is still at work.
    first.close();
    firstLife = false;
    NEVER.countDown();

    ConfigurableApplicationContext second = start(data, port);
    try {
      Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> DONE.contains("rotate tyres"));
      JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
      Awaitility.await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  jdbc.queryForObject(
                      "select count(*) from event_publication where event_type like '%Chore'",
                      Integer.class),
              n -> n == 0);
      Thread.sleep(2000);
      assertThat(DONE).containsExactly("rotate tyres");
    } finally {
      second.close();
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

package com.otopair.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.otopair.support.Cluster;
import com.otopair.support.FreshDatabaseTest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes of Otopair on one PostgreSQL: a live update committed on one reaches the subscribers of
 * the other through {@code LISTEN/NOTIFY}, once, and only if its transaction commits.
 */
@Order(FreshDatabaseTest.ORDER)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveRelayTest {

  /** A live update as the services publish them: ids and short strings. */
  record Ping(UUID id, String note) implements LiveUpdate {
    static Ping of(String note) {
      return new Ping(UUID.randomUUID(), note);
    }
  }

  /** A live update with every kind of component the application's events carry. */
  record Stamped(
      UUID id, Instant at, Thread.State state, boolean flag, @Nullable String reason, int count)
      implements LiveUpdate {}

  private static final String RELAY = "otopair-live-relay";

  static ConfigurableApplicationContext one;
  static ConfigurableApplicationContext two;
  static Cluster cluster;
  static final List<LiveUpdate> onOne = new CopyOnWriteArrayList<>();
  static final List<LiveUpdate> onTwo = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startTwoNodesOnOneDatabase() {
    cluster = Cluster.start(List.of());
    one = cluster.one();
    two = cluster.two();
    one.getBean(LiveUpdates.class).listen(LiveUpdate.class, onOne::add);
    two.getBean(LiveUpdates.class).listen(LiveUpdate.class, onTwo::add);
  }

  @AfterAll
  static void stopBothNodes() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @BeforeEach
  void forgetEarlierDeliveries() {
    onOne.clear();
    onTwo.clear();
  }

  @Test
  @Order(0)
  void aStartedNodeAlreadyListens() {
    // Checked at once, not awaited: an update committed right after a node started must reach it.
    assertThat(
            one.getBean(JdbcTemplate.class)
                .queryForObject(
                    "select count(*) from pg_stat_activity where application_name = ?"
                        + " and query = 'LISTEN otopair_live'",
                    Integer.class,
                    RELAY))
        .isEqualTo(2);
  }

  @Test
  @Order(1)
  void anEventCommittedOnOneNodeReachesTheOtherAndItsOwnNodeOnce() {
    double relayedToOne = relayed(one);
    double relayedToTwo = relayed(two);
    var booked = Ping.of("booked");
    committed(one, booked);

    // A later commit on the second node: once the first node has it, it has also read (and
    // skipped) its own notification, which PostgreSQL delivered before.
    var later = Ping.of("later");
    committed(two, later);

    await(() -> onOne.contains(later) && onTwo.contains(booked));
    assertThat(onOne).containsExactly(booked, later);
    assertThat(onTwo).containsExactlyInAnyOrder(booked, later);
    // Each node counts the one event it had from the other (otopair.live.relayed), not its own.
    assertThat(relayed(one)).isEqualTo(relayedToOne + 1);
    assertThat(relayed(two)).isEqualTo(relayedToTwo + 1);
  }

  @Test
  @Order(2)
  void aRolledBackEventReachesNoNode() {
    var undone = Ping.of("undone");
    one.getBean(TransactionTemplate.class)
        .executeWithoutResult(
            status -> {
              one.publishEvent(undone);
              status.setRollbackOnly();
            });
    var marker = Ping.of("marker");
    committed(one, marker);

    await(() -> onTwo.contains(marker));
    assertThat(onTwo).containsExactly(marker);
    assertThat(onOne).containsExactly(marker);
  }

  @Test
  @Order(3)
  void anEventPublishedOutsideATransactionIsRelayedToo() {
    var loose = Ping.of("no transaction");
    one.publishEvent(loose);

    await(() -> onTwo.contains(loose));
    assertThat(onTwo).containsExactly(loose);
  }

  @Test
  @Order(4)
  void anEventPublishedInAReadOnlyTransactionIsRelayed() {
    var read = Ping.of("read only");
    var readOnly = new TransactionTemplate(one.getBean(PlatformTransactionManager.class));
    readOnly.setReadOnly(true);
    readOnly.executeWithoutResult(status -> one.publishEvent(read));

    await(() -> onTwo.contains(read));
    assertThat(onTwo).containsExactly(read);
  }

  @Test
  @Order(5)
  void everyKindOfComponentArrivesAsItWasSent() {
    var stamped =
        new Stamped(
            UUID.randomUUID(),
            Instant.parse("2026-03-08T07:30:00.123Z"),
            Thread.State.BLOCKED,
            true,
            null,
            42);
    committed(one, stamped);

    await(() -> onTwo.contains(stamped));
    assertThat(onTwo).containsExactly(stamped);
  }

  @Test
  @Order(6)
  void anEventTooLargeToRelayStaysOnItsNodeAndItsTransactionStillCommits() {
    var large = Ping.of("x".repeat(8_000));
    var nearTheLimit = Ping.of("y".repeat(7_500));
    assertThatCode(() -> committed(one, large)).doesNotThrowAnyException();
    committed(one, nearTheLimit);

    await(() -> onTwo.contains(nearTheLimit));
    assertThat(onTwo).containsExactly(nearTheLimit);
    assertThat(onOne).containsExactly(large, nearTheLimit);
  }

  @Test
  @Order(7)
  void aListenerWhoseConnectionWasKilledListensAgain() {
    var jdbc = one.getBean(JdbcTemplate.class);
    List<Integer> killed =
        jdbc.queryForList(
            "select pid from pg_stat_activity where application_name = ?", Integer.class, RELAY);
    assertThat(killed).as("one listening connection per node").hasSize(2);

    jdbc.queryForList(
        "select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?",
        Boolean.class,
        RELAY);
    await(
        () ->
            jdbc.queryForObject(
                    "select count(*) from pg_stat_activity where application_name = ?"
                        + " and query = 'LISTEN otopair_live' and state = 'idle'"
                        + " and not (pid = any (?))",
                    Integer.class,
                    RELAY,
                    killed.toArray(Integer[]::new))
                == 2);

    var afterwards = Ping.of("after the restart");
    committed(one, afterwards);
    var back = Ping.of("and back");
    committed(two, back);
    await(() -> onTwo.contains(afterwards) && onOne.contains(back));
  }

  @Test
  @Order(8)
  void aStoppedNodeClosesItsListeningConnection() {
    var jdbc = one.getBean(JdbcTemplate.class);
    long listeners = relayThreads();
    two.close();

    // PostgreSQL ends the closed session's backend a moment after the client has gone.
    await(
        () ->
            jdbc.queryForObject(
                    "select count(*) from pg_stat_activity where application_name = ?",
                    Integer.class,
                    RELAY)
                == 1);
    assertThat(relayThreads()).isEqualTo(listeners - 1);
  }

  /** The live updates from other nodes that {@code node} delivered, every type together. */
  private static double relayed(ConfigurableApplicationContext node) {
    return node.getBean(MeterRegistry.class).find("otopair.live.relayed").counters().stream()
        .mapToDouble(Counter::count)
        .sum();
  }

  /** Listening threads in this JVM: other tests' contexts may have theirs too. */
  private static long relayThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().equals(RELAY))
        .count();
  }

  private static void committed(ConfigurableApplicationContext node, LiveUpdate event) {
    node.getBean(TransactionTemplate.class)
        .executeWithoutResult(status -> node.publishEvent(event));
  }

  private static void await(Callable<Boolean> condition) {
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(condition);
  }
}

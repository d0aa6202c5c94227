package com.otopair.base;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Set;
import java.util.UUID;
import java.util.WeakHashMap;
import org.aopalliance.intercept.MethodInterceptor;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.NameMatchMethodPointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.util.ClassUtils;
import org.springframework.util.function.SingletonSupplier;

/**
 * The lease that keeps the outbox from running one publication twice at the same time, and that
 * dies with the node holding it.
 *
 * <p>Every {@link ApplicationModuleListener} run takes, first thing in its own transaction, a
 * PostgreSQL transaction-level advisory lock keyed by its publication: a hash of the listener's id
 * and the serialized event, the pair by which Spring Modulith itself finds a publication. The lock
 * is held for as long as the run lasts, however long its calls to Stripe or the mail server take,
 * with no heartbeat and no timeout to tune; PostgreSQL releases it when the run commits or rolls
 * back, or when the connection of a crashed node dies. {@link OutboxRetry} and the admin's {@link
 * Outbox#retry} resubmit only a publication whose lease they can take (and hold it until their
 * resubmission is handed over), so work in flight is never resubmitted and a dead node's work still
 * is. A second run that starts anyway (a resubmission racing a first delivery still queued) waits
 * for the lease and runs after the first: listeners are idempotent, so it finds the work done.
 *
 * <p>The run also completes its publication in that same transaction (in delete mode, the
 * application's, it deletes it), so the listener's work and the publication's completion commit
 * together (or roll back together): no retry can find the publication unfinished between the run's
 * commit and Spring Modulith completing it in a transaction of its own, which then finds nothing
 * left to write. A delivery so writes to disk once, in the run's own commit.
 *
 * <p>Spring Modulith also marks a publication PROCESSING, in a transaction of its own, before each
 * run: a commit per run that says what the lease already tells. It is skipped for a first delivery
 * and kept for a resubmission (noted by {@link #resubmitting}): there PROCESSING is what tells a
 * resubmission that started, and whose node died, from one still waiting in its node's queue (which
 * {@link OutboxRetry} declares lost only after {@link OutboxRetry#STUCK}).
 *
 * <p>How: an interceptor around each listener method, outside its transaction and inside Spring
 * Modulith's own (which marks the publication PROCESSING in a transaction of its own), notes the
 * listener and event for the current thread; when the listener's transaction begins, a {@link
 * TransactionExecutionListener} takes the lease on that transaction's connection. Spring Modulith's
 * staleness monitor ({@code spring.modulith.events.staleness.*}) must stay off: it fails PROCESSING
 * publications by age alone, whatever their run is doing.
 */
@Configuration(proxyBeanMethods = false)
class OutboxLease {

  /** The lease of an {@code event_publication} row, in SQL. */
  static final String KEY = "hashtextextended(listener_id || serialized_event, 0)";

  /**
   * Events of the publications this node resubmits, whose runs are marked PROCESSING; kept while
   * Spring Modulith holds the event.
   */
  private static final Set<Object> RESUBMITTED =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  /** The listener run about to begin its transaction on this thread. */
  private static final ThreadLocal<@Nullable Run> STARTING = new ThreadLocal<>();

  /** A listener run: the name its transaction gets, the listener's id and the event. */
  private record Run(String transactionName, String listenerId, Object event) {}

  /**
   * Takes the lease of the publication of {@code serializedEvent} to {@code listenerId} in the
   * current transaction, waiting while another run holds it.
   */
  static void take(JdbcTemplate jdbc, String listenerId, String serializedEvent) {
    jdbc.query(
        "select pg_advisory_xact_lock(hashtextextended(? || ?, 0))",
        rs -> null,
        listenerId,
        serializedEvent);
  }

  /**
   * Completes the (oldest) unfinished publication of {@code serializedEvent} to {@code listenerId}
   * in the current transaction, deleting it with {@code delete}, else marking it completed: it
   * stays completed only if the run commits.
   */
  static void complete(
      JdbcTemplate jdbc, String listenerId, String serializedEvent, boolean delete) {
    String oldest =
        " where id = (select id from event_publication where serialized_event = ? and"
            + " listener_id = ? and completion_date is null order by publication_date limit 1)";
    jdbc.update(
        delete
            ? "delete from event_publication" + oldest
            : "update event_publication set status = 'COMPLETED', completion_date = now()" + oldest,
        serializedEvent,
        listenerId);
  }

  /**
   * Takes the lease of a publication about to be resubmitted (see {@link #tryTake}) and, if it
   * could, notes its event, so that its run is marked PROCESSING.
   */
  static boolean resubmitting(JdbcTemplate jdbc, EventPublication publication) {
    if (!tryTake(jdbc, publication.getIdentifier())) {
      return false;
    }
    RESUBMITTED.add(publication.getEvent());
    return true;
  }

  /**
   * Takes the lease of an unfinished publication in the current transaction if no run holds it;
   * false while one does (or once the publication is done).
   */
  static boolean tryTake(JdbcTemplate jdbc, UUID publicationId) {
    return Boolean.TRUE.equals(
        jdbc.query(
            "select pg_try_advisory_xact_lock("
                + KEY
                + ") from event_publication where id = ? and completion_date is null",
            rs -> rs.next() && rs.getBoolean(1),
            publicationId));
  }

  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  static Advisor outboxLeaseAdvisor() {
    MethodInterceptor noteRun =
        invocation -> {
          Method method = invocation.getMethod();
          Object target = invocation.getThis();
          Class<?> type =
              target == null ? method.getDeclaringClass() : AopUtils.getTargetClass(target);
          STARTING.set(
              new Run(
                  ClassUtils.getQualifiedMethodName(method, type),
                  OutboxErrors.listenerId(method),
                  invocation.getArguments()[0]));
          try {
            return invocation.proceed();
          } finally {
            STARTING.remove();
          }
        };
    var advisor =
        new DefaultPointcutAdvisor(
            AnnotationMatchingPointcut.forMethodAnnotation(ApplicationModuleListener.class),
            noteRun);
    // Inside Spring Modulith's completion tracking (HIGHEST_PRECEDENCE + 10), outside the
    // listener's transaction (LOWEST_PRECEDENCE).
    advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return advisor;
  }

  /**
   * Skips Spring Modulith's marking of a publication PROCESSING (and the transaction it opens)
   * unless the publication is a resubmission.
   */
  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  static Advisor outboxProcessingMarkAdvisor() {
    var markProcessing = new NameMatchMethodPointcut();
    markProcessing.setMappedName("markProcessing");
    markProcessing.setClassFilter(EventPublicationRegistry.class::isAssignableFrom);
    MethodInterceptor skipFirstDeliveries =
        invocation ->
            RESUBMITTED.contains(invocation.getArguments()[0]) ? invocation.proceed() : null;
    var advisor = new DefaultPointcutAdvisor(markProcessing, skipFirstDeliveries);
    // Outside the registry's transaction.
    advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return advisor;
  }

  @Bean
  static TransactionExecutionListener outboxLeaseTaker(
      ObjectProvider<JdbcTemplate> jdbc,
      ObjectProvider<EventSerializer> serializer,
      @Value("${spring.modulith.events.completion-mode:update}") String completionMode) {
    boolean delete = "delete".equalsIgnoreCase(completionMode);
    // Found once, on the first run (they are not there yet when this listener is made).
    SingletonSupplier<JdbcTemplate> jdbcs = SingletonSupplier.of(jdbc::getObject);
    SingletonSupplier<EventSerializer> serializers = SingletonSupplier.of(serializer::getObject);
    return new TransactionExecutionListener() {
      @Override
      public void afterBegin(TransactionExecution transaction, @Nullable Throwable beginFailure) {
        Run run = STARTING.get();
        if (run == null
            || beginFailure != null
            || !transaction.isNewTransaction()
            || !run.transactionName().equals(transaction.getTransactionName())) {
          return;
        }
        // Once: a transaction the listener starts inside its own must not wait for this lease.
        STARTING.remove();
        String event = serializers.obtain().serialize(run.event()).toString();
        take(jdbcs.obtain(), run.listenerId(), event);
        complete(jdbcs.obtain(), run.listenerId(), event, delete);
      }
    };
  }
}

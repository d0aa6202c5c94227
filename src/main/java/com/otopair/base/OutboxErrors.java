package com.otopair.base;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.aopalliance.intercept.MethodInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Remembers why an outbox listener failed: every {@link ApplicationModuleListener} method is
 * wrapped, and an exception is written (in its own transaction, since the listener's rolls back) to
 * {@code outbox_errors} under the listener's id, the same id Spring Modulith stores with the
 * publication. The admin's Outbox view shows it next to the publication.
 */
@Configuration(proxyBeanMethods = false)
class OutboxErrors {

  private static final Logger log = LoggerFactory.getLogger(OutboxErrors.class);

  /** Spring's id of a listener method: {@code Mails.on(Event)}. */
  static String listenerId(Method method) {
    return method.getDeclaringClass().getName()
        + "."
        + method.getName()
        + "("
        + Arrays.stream(method.getParameterTypes())
            .map(Class::getTypeName)
            .collect(Collectors.joining(","))
        + ")";
  }

  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  static Advisor outboxErrorAdvisor(
      ObjectProvider<JdbcTemplate> jdbc, ObjectProvider<PlatformTransactionManager> transactions) {
    MethodInterceptor recorder =
        invocation -> {
          try {
            return invocation.proceed();
          } catch (Throwable failure) {
            record(jdbc.getObject(), transactions.getObject(), invocation.getMethod(), failure);
            throw failure;
          }
        };
    var advisor =
        new DefaultPointcutAdvisor(
            AnnotationMatchingPointcut.forMethodAnnotation(ApplicationModuleListener.class),
            recorder);
    // Outside the listener's own transaction, so that its rollback has happened.
    advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return advisor;
  }

  private static void record(
      JdbcTemplate jdbc, PlatformTransactionManager manager, Method method, Throwable failure) {
    try {
      var template = new TransactionTemplate(manager);
      template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
      String text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
      Throwable root = failure;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      if (root != failure) {
        text += " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
      }
      String error = text.length() > 2000 ? text.substring(0, 2000) : text;
      template.executeWithoutResult(
          status ->
              jdbc.update(
                  "insert into outbox_errors (listener_id, last_error, failed_at, failures)"
                      + " values (?, ?, now(), 1) on conflict (listener_id) do update"
                      + " set last_error = excluded.last_error, failed_at = now(),"
                      + " failures = outbox_errors.failures + 1",
                  listenerId(method),
                  error));
    } catch (RuntimeException e) {
      log.warn("Could not record why an outbox listener failed", e);
    }
  }
}

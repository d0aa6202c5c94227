package com.otopair.base;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one way to run a scheduled job on one node: a {@code @Scheduled} method also carries
 * ShedLock's {@code @SchedulerLock(name = "...")}, and a node that fires it while another runs it
 * skips that turn. The lock is a row of the {@code shedlock} table, timed by the database's clock
 * so that the nodes' clocks do not matter. A node that dies holding a lock loses it after the job's
 * {@code lockAtMostFor} (ten minutes unless the job says otherwise).
 *
 * <p>The one exception is {@link OutboxRetry}: its election must live in the transaction that hands
 * its resubmissions over, die with the node's connection at once (the retry is what picks up a dead
 * node's work, so it cannot wait out a lease) and let a caller wait for the node resubmitting now.
 * It takes a {@link TransactionLocks transaction lock}, the one way to make runs take turns inside
 * a transaction. {@code ArchitectureRulesTest} holds every scheduled job to one of the two.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingLocks {

  @Bean
  LockProvider lockProvider(DataSource dataSource) {
    return new JdbcTemplateLockProvider(
        JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource))
            .usingDbTime()
            .build());
  }
}

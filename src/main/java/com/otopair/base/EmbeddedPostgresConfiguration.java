package com.otopair.base;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Runs PostgreSQL inside the application when no {@code spring.datasource.url} is configured, so a
 * fresh machine needs nothing but a JDK. The data folder is kept across restarts, and a database
 * whose data is kept runs durable: every commit is on disk before it is acknowledged ({@code fsync}
 * and {@code synchronous_commit} on), whatever the embedding library's test-friendly defaults say.
 * Only a throw-away database (tests, no data directory) keeps those fast settings.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
@EnableConfigurationProperties(EmbeddedPostgresConfiguration.Settings.class)
class EmbeddedPostgresConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

  /**
   * Where the embedded database keeps its files, and its port. An empty data directory means a
   * throw-away database in a temporary folder (tests); port 0 picks a free port.
   */
  @ConfigurationProperties("otopair.embedded-postgres")
  record Settings(String dataDirectory, int port) {}

  /** The settings that make a kept database survive a crash of the process or the machine. */
  static final Map<String, String> DURABLE =
      Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(Settings settings) throws IOException {
    // Spring stops the database after everything that uses it; zonky's own hook could stop it
    // first.
    var builder =
        EmbeddedPostgres.builder().setPort(settings.port()).setRegisterShutdownHook(false);
    if (StringUtils.hasText(settings.dataDirectory())) {
      Path directory = Path.of(settings.dataDirectory()).toAbsolutePath();
      Files.createDirectories(directory.getParent());
      builder.setDataDirectory(directory).setCleanDataDirectory(false);
      // The library starts the server with -F (fsync off) and synchronous_commit off: a crash
      // would lose acknowledged commits. A later -c setting overrides -F.
      DURABLE.forEach(builder::setServerConfig);
      log.info("Starting embedded PostgreSQL with its data in {}", directory);
    }
    return builder.start();
  }

  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(EmbeddedPostgres postgres) {
    var dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    dataSource.setUsername("postgres");
    dataSource.setPassword("postgres");
    dataSource.setMaximumPoolSize(10);
    dataSource.setPoolName("otopair-embedded");
    dataSource.setConnectionTimeout(10_000);
    return dataSource;
  }

  static class NoDatasourceUrl implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
    }
  }
}

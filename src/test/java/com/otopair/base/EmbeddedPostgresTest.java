package com.otopair.base;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

class EmbeddedPostgresTest {

  @TempDir Path folder;

  @Test
  void dataWrittenBeforeARestartIsThereAfterIt() throws Exception {
    var configuration = new EmbeddedPostgresConfiguration();
    var settings = new EmbeddedPostgresConfiguration.Settings(folder.resolve("pg").toString(), 0);

    try (var postgres = configuration.embeddedPostgres(settings);
        var dataSource = configuration.dataSource(postgres)) {
      var jdbc = new JdbcTemplate(dataSource);
      jdbc.execute("create table kept (note text)");
      jdbc.update("insert into kept values ('still here')");
    }
    assertThat(Files.exists(folder.resolve("pg").resolve("PG_VERSION"))).isTrue();

    try (var postgres = configuration.embeddedPostgres(settings);
        var dataSource = configuration.dataSource(postgres)) {
      assertThat(new JdbcTemplate(dataSource).queryForObject("select note from kept", String.class))
          .isEqualTo("still here");
    }
  }

  @Test
  void aDatabaseWhoseDataIsKeptRunsDurable() throws Exception {
    var configuration = new EmbeddedPostgresConfiguration();
    var settings = new EmbeddedPostgresConfiguration.Settings(folder.resolve("pg").toString(), 0);

    try (var postgres = configuration.embeddedPostgres(settings);
        var dataSource = configuration.dataSource(postgres)) {
      var jdbc = new JdbcTemplate(dataSource);
      assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
      assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
      assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
    }
  }

  @Test
  void aThrowAwayTestDatabaseKeepsTheFastSettings() throws Exception {
    var configuration = new EmbeddedPostgresConfiguration();
    var settings = new EmbeddedPostgresConfiguration.Settings("", 0);

    try (var postgres = configuration.embeddedPostgres(settings);
        var dataSource = configuration.dataSource(postgres)) {
      var jdbc = new JdbcTemplate(dataSource);
      assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("off");
    }
  }

  @Test
  void aConfiguredDatasourceUrlMeansNoEmbeddedDatabase() {
    new ApplicationContextRunner()
        .withUserConfiguration(EmbeddedPostgresConfiguration.class)
        .withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example.test:5432/otopair")
        .run(context -> assertThat(context).doesNotHaveBean(EmbeddedPostgres.class));
  }
}

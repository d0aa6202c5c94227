package com.otopair.consult;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.SignedInRace;
import java.sql.Timestamp;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * One session's summary raced against itself: sent by many requests at once, it is sent once; read
 * by its customer on many pages at once, its first reading is stamped and announced once.
 */
class SessionReportRaceTest extends IntegrationTest {

  static final int RACERS = 8;

  @Autowired SessionReports reports;
  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;
  @Autowired ConfigurableApplicationContext context;

  final List<Object> published = new CopyOnWriteArrayList<>();
  ReportFixtures fixture;

  /** Every summary event about this test's session, as published (whatever the thread). */
  final ApplicationListener<ApplicationEvent> recorder =
      event -> {
        if (event instanceof PayloadApplicationEvent<?> payload
            && (payload.getPayload() instanceof SessionReportSent
                || payload.getPayload() instanceof SessionReportOpened)
            && payload.getPayload().toString().contains(fixture.session().toString())) {
          published.add(payload.getPayload());
        }
      };

  @BeforeEach
  void aSavedDraft() {
    fixture = ReportFixtures.create(users, shops, membership, userDetails, live, queue, jdbc);
    SignIn.as(userDetails, fixture.mechanicEmail());
    reports.save(fixture.session(), fixture.draft());
    SecurityContextHolder.clearContext();
    context.addApplicationListener(recorder);
  }

  @AfterEach
  void stop() {
    context.removeApplicationListener(recorder);
  }

  /** Runs the action RACERS times as this user, all released at once; which runs succeeded. */
  private List<Boolean> race(String email, Runnable action) throws Exception {
    return SignedInRace.run(
        userDetails, Collections.nCopies(RACERS, email), Collections.nCopies(RACERS, action));
  }

  @Test
  void manySendsAtOnceSendTheSummaryOnce() throws Exception {
    List<Boolean> outcomes = race(fixture.mechanicEmail(), () -> reports.send(fixture.session()));

    assertThat(outcomes).filteredOn(won -> won).hasSize(1);
    Map<String, Object> row =
        jdbc.queryForMap(
            "select status, sent_at, version from consult_reports where session_id = ?",
            fixture.session());
    assertThat(row.get("status")).isEqualTo("SENT");
    assertThat(published).hasSize(1).first().isInstanceOf(SessionReportSent.class);
    assertThat(((SessionReportSent) published.get(0)).sentAt())
        .isEqualTo(((Timestamp) row.get("sent_at")).toInstant());
  }

  @Test
  void manyFirstReadingsAtOnceAreStampedAndAnnouncedOnce() throws Exception {
    SignIn.as(userDetails, fixture.mechanicEmail());
    reports.send(fixture.session());
    SecurityContextHolder.clearContext();
    published.clear();

    List<Boolean> outcomes =
        race(fixture.customerEmail(), () -> reports.forReader(fixture.session()));

    assertThat(outcomes).containsOnly(true);
    List<Object> opened = published.stream().filter(SessionReportOpened.class::isInstance).toList();
    assertThat(opened).hasSize(1);
    Timestamp stamped =
        jdbc.queryForObject(
            "select first_opened_at from consult_reports where session_id = ?",
            Timestamp.class,
            fixture.session());
    assertThat(((SessionReportOpened) opened.get(0)).openedAt()).isEqualTo(stamped.toInstant());
  }
}

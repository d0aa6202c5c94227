package com.otopair.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import com.otopair.booking.BookingFixtures;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A job's timeline reads in its reader's language: what Otopair wrote itself (a line added, a
 * photo, a cancelled booking, "The shop") is kept as a key, and steps written in English before
 * (Liquibase 0031) read the same way; people's own words stay as they wrote them.
 */
class JobTimelineLanguageTest extends IntegrationTest {

  @Autowired JobBoard jobs;
  @Autowired JobIntake intake;
  @Autowired JobWorkflow workflow;
  @Autowired JobEstimate estimates;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  UUID jobId;

  @BeforeEach
  void walkInWithALine() {
    var fixture = BookingFixtures.create(users, shops, membership, schedules);
    String customer = BookingFixtures.customers(users, 1).getFirst();
    SignIn.as(userDetails, fixture.shop().ownerEmail());
    jobId =
        intake
            .open(
                fixture.shop().shopId(),
                new NewJob(
                    JobOrigin.PHONE, "Casey", customer, null, "2016 Honda Civic", "Brakes", ""))
            .id();
    workflow.move(jobId, JobStatus.ACCEPTED, "Bay 2 at nine");
    estimates.addLine(
        jobId, new LineDraft(LineKind.PART, "Front rotors (pair)", BigDecimal.ONE, 18900));
  }

  @Test
  void whatOtopairWroteReadsInEachReadersLanguageAndPeoplesWordsStayAsWritten() {
    assertThat(steps(I18n.ENGLISH))
        .containsExactly(
            "Olga Owner: Phone",
            "Olga Owner: Bay 2 at nine",
            "Olga Owner: Added Front rotors (pair)");
    assertThat(steps(I18n.FRENCH))
        .containsExactly(
            "Olga Owner: Téléphone",
            "Olga Owner: Bay 2 at nine",
            "Olga Owner: Ligne ajoutée\u00a0: Front rotors (pair)");
  }

  @Test
  void stepsWrittenInEnglishBeforeReadInFrenchOnceConverted() throws IOException {
    legacyStep("ESTIMATE", null, "Olga Owner", "Removed Cabin filter");
    legacyStep("APPROVAL", null, "Casey", "Declined Wiper blades");
    legacyStep("STATUS", "CANCELLED", "The shop", "Booking cancelled: Sold the car");
    legacyStep("STATUS", "CANCELLED", "Casey", "Fixed it myself");

    for (String update : conversion()) {
      jdbc.update(update);
    }
    int changed = conversion().stream().mapToInt(jdbc::update).sum();

    assertThat(changed).as("a second run changes nothing").isZero();
    assertThat(steps(I18n.FRENCH))
        .endsWith(
            "Olga Owner: Ligne retirée\u00a0: Cabin filter",
            "Casey: Ligne refusée\u00a0: Wiper blades",
            "Le garage: Réservation annulée\u00a0: Sold the car",
            "Casey: Fixed it myself");
    assertThat(steps(I18n.ENGLISH))
        .endsWith(
            "Olga Owner: Removed Cabin filter",
            "Casey: Declined Wiper blades",
            "The shop: Booking cancelled: Sold the car",
            "Casey: Fixed it myself");
  }

  /** The job's timeline as "actor: what", read in {@code locale}. */
  private List<String> steps(Locale locale) {
    return I18n.in(
        locale,
        () ->
            jobs.job(jobId).timeline().stream().map(e -> e.actor() + ": " + e.comment()).toList());
  }

  /** A step as the code before Liquibase 0031 wrote it: English words, no key. */
  private void legacyStep(String kind, String to, String actor, String comment) {
    clock.advance(Duration.ofMinutes(1));
    jdbc.update(
        "insert into job_events (id, job_id, at, actor_id, actor_name, kind, to_status, comment)"
            + " values (?, ?, ?, null, ?, ?, ?, ?)",
        UUID.randomUUID(),
        jobId,
        Timestamp.from(clock.instant()),
        actor,
        kind,
        to,
        comment);
  }

  /** The updates of Liquibase 0031 that turn English steps into keys. */
  private static List<String> conversion() throws IOException {
    String changeset = Files.readString(Path.of("liquibase/changes/0031-job-event-keys.sql"));
    return Arrays.stream(changeset.split(";"))
        .map(statement -> statement.replaceAll("(?m)^--.*$", "").strip())
        .filter(statement -> statement.startsWith("update job_events"))
        .toList();
  }
}

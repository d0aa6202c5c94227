package com.otopair.jobs;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.booking.BookingFixtures;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.ControlCharacters;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the job services take from the shop: a control character in a walk-in's customer, vehicle,
 * title or details, in a move's comment, an estimate line or the notes is refused next to its
 * field, and the job stays as it was. Details, comments and notes may have several lines.
 */
class JobInputTest extends IntegrationTest {

  private static final String MESSAGE = ControlCharacters.MESSAGE;

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

  UUID shopId;
  String customer;

  @BeforeEach
  void shopAndOwner() {
    BookingFixtures fixture = BookingFixtures.create(users, shops, membership, schedules);
    shopId = fixture.shop().shopId();
    customer = BookingFixtures.customers(users, 1).getFirst();
    SignIn.as(userDetails, fixture.shop().ownerEmail());
  }

  private NewJob walkIn(String field, UnaryOperator<String> spoil) {
    return new NewJob(
        JobOrigin.WALK_IN,
        field.equals("customerName") ? spoil.apply("Casey Customer") : "Casey Customer",
        field.equals("customerPhone")
            ? null
            : field.equals("customerEmail") ? spoil.apply(customer) : customer,
        field.equals("customerPhone") ? spoil.apply("514 555 0123") : null,
        field.equals("vehicle") ? spoil.apply("2016 Honda Civic") : "2016 Honda Civic",
        field.equals("title") ? spoil.apply("Brake noise") : "Brake noise",
        field.equals("description") ? spoil.apply("Squeals") : "Squeals");
  }

  private long jobsOfTheShop() {
    return jdbc.queryForObject("select count(*) from jobs where shop_id = ?", Long.class, shopId);
  }

  @Test
  void controlCharactersInAWalkInAreRefusedNextToTheirFieldAndOpenNoJob() {
    for (String control : ControlCharacters.ALL) {
      for (String field :
          new String[] {
            "customerName", "customerEmail", "customerPhone", "vehicle", "title", "description"
          }) {
        assertRefusedAt(() -> intake.open(shopId, walkIn(field, v -> v + control)), field, MESSAGE);
        assertRefusedAt(
            () -> intake.open(shopId, walkIn(field, v -> v.charAt(0) + control + v.substring(1))),
            field,
            MESSAGE);
      }
    }
    assertThat(jobsOfTheShop()).isZero();

    JobSummary opened = intake.open(shopId, walkIn("description", v -> "Squeals\r\n\tat 50 km/h"));
    assertThat(jobs.job(opened.id()).description()).isEqualTo("Squeals\r\n\tat 50 km/h");
  }

  @Test
  void controlCharactersInACommentALineOrTheNotesAreRefusedAndTheJobStaysAsItWas() {
    UUID job = intake.open(shopId, walkIn("", v -> v)).id();
    for (String control : ControlCharacters.ALL) {
      assertRefusedAt(
          () -> workflow.move(job, JobStatus.ACCEPTED, "On" + control + " it"), "comment", MESSAGE);
      assertRefusedAt(
          () ->
              estimates.addLine(
                  job, new LineDraft(LineKind.PART, "Pads" + control, BigDecimal.ONE, 8000)),
          "description",
          MESSAGE);
      assertRefusedAt(() -> workflow.notes(job, "Noisy" + control, ""), "internalNotes", MESSAGE);
      assertRefusedAt(() -> workflow.notes(job, "", "Ready" + control), "customerNotes", MESSAGE);
    }
    assertRefusedAt(
        () ->
            estimates.addLine(
                job, new LineDraft(LineKind.PART, "Pads\nfront", BigDecimal.ONE, 8000)),
        "description",
        MESSAGE);
    assertThat(
            jdbc.queryForMap(
                    "select status, internal_notes, customer_notes,"
                        + " (select count(*) from job_lines l where l.job_id = j.id) as line_count"
                        + " from jobs j where id = ?",
                    job)
                .values())
        .containsExactly("REQUESTED", "", "", 0L);

    workflow.move(job, JobStatus.ACCEPTED, "Parts come Monday,\r\n\tfirst thing");
    workflow.notes(job, "Noisy\nfront left", "Ready\nat five");
    assertThat(jobs.job(job).job().status()).isEqualTo(JobStatus.ACCEPTED);
  }
}

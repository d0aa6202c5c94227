package com.otopair.jobs.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.VehicleDetails;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.JobBoard;
import com.otopair.jobs.JobEstimate;
import com.otopair.jobs.JobFilter;
import com.otopair.jobs.JobIntake;
import com.otopair.jobs.JobOrigin;
import com.otopair.jobs.JobStatus;
import com.otopair.jobs.JobSummary;
import com.otopair.jobs.JobWorkflow;
import com.otopair.jobs.LineDraft;
import com.otopair.jobs.LineKind;
import com.otopair.jobs.NewJob;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.TestDays;
import com.otopair.support.TestMail;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The mechanic is emailed when a job becomes theirs; the customer is emailed when the estimate
 * waits for them, and decides line by line from the email's link without signing in.
 */
class EstimateByEmailTest extends KaribuTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired BookingHolds bookings;
  @Autowired JobBoard jobs;
  @Autowired JobIntake intake;
  @Autowired JobWorkflow workflow;
  @Autowired JobEstimate estimates;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;

  private static MimeMessage awaitMail(String to, String subjectPart) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                TestMail.receivedBy(to).stream()
                    .filter(m -> TestMail.subject(m).contains(subjectPart))
                    .findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  @Test
  void theMechanicHearsOfTheJobAndTheCustomerApprovesFromTheEmailLink() {
    BookingFixtures fixture = BookingFixtures.create(users, shops, membership, schedules);
    String customer = BookingFixtures.customers(users, 1).getFirst();
    signInAs(customer);
    LocalDate monday = TestDays.nextMonday(clock, TORONTO);
    var held =
        bookings.hold(
            fixture.shop().shopId(),
            fixture.oilChange(),
            fixture.shop().bea(),
            monday.atTime(9, 0).atZone(TORONTO).toInstant());
    bookings.confirm(
        held.id(),
        new BookingDetails(
            new VehicleDetails(null, 2019, "Toyota", "Corolla", null, ""),
            "Oil light",
            "+1 514 555 0123"));

    signInAs(fixture.shop().ownerEmail());
    JobSummary job =
        Awaitility.await()
            .pollInSameThread()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    jobs.board(fixture.shop().shopId(), JobFilter.all()).stream()
                        .filter(j -> held.id().equals(j.bookingId()))
                        .findFirst(),
                Optional::isPresent)
            .orElseThrow();
    // The job page names the shop's zone as the booking pages and the mails do.
    navigate("jobs/" + job.id());
    assertThat(_get(JobView.class).facts.getElement().getTextRecursively())
        .containsPattern("Booked forMonday, \\w+ \\d+ at 9:00 AM \\(Eastern Time\\)");
    navigate("profile"); // away from the job page, which follows the job's changes live
    workflow.assign(job.id(), fixture.shop().alex());

    MimeMessage assigned = awaitMail(fixture.shop().alexEmail(), job.reference() + " is yours");
    assertThat(TestMail.subject(assigned)).isEqualTo(job.reference() + " is yours: Oil change");
    assertThat(TestMail.text(assigned))
        .contains("Olga Owner gave you " + job.reference())
        .containsPattern("Booked for Monday, \\w+ \\d+ at 9:00 AM \\(Eastern Time\\)")
        .contains("/jobs/" + job.id());

    workflow.move(job.id(), JobStatus.ACCEPTED, "");
    workflow.move(job.id(), JobStatus.IN_PROGRESS, "");
    estimates.addLine(
        job.id(), new LineDraft(LineKind.LABOUR, "Replace pads", BigDecimal.ONE, 10000));
    estimates.addLine(job.id(), new LineDraft(LineKind.PART, "Wiper blades", BigDecimal.ONE, 3000));
    workflow.move(job.id(), JobStatus.WAITING_APPROVAL, "The pads are worn to 2 mm");

    MimeMessage estimate = awaitMail(customer, "needs your approval");
    String text = TestMail.text(estimate);
    assertThat(text).contains("$130.00 CAD of work").contains("The pads are worn to 2 mm");
    var link =
        Pattern.compile("https?://[^\\s\"<>]*/(manage/" + held.id() + "\\?token=[A-Za-z0-9_-]+)")
            .matcher(text);
    assertThat(link.find()).isTrue();

    // Signed out, from the email.
    SecurityContextHolder.clearContext();
    tearDownAndSetUpAnonymous();
    navigate(link.group(1));
    CustomerJobCard card = _get(CustomerJobCard.class);
    assertThat(card.status.getElement().getTextRecursively()).isEqualTo("Waiting for approval");
    _click(
        _get(card, Button.class, spec -> spec.withAttribute("aria-label", "Approve Replace pads")));
    _click(
        _get(card, Button.class, spec -> spec.withAttribute("aria-label", "Decline Wiper blades")));
    assertThat(card.status.getElement().getTextRecursively()).isEqualTo("In progress");

    signInAs(fixture.shop().ownerEmail());
    List<String> lastSteps =
        jobs.job(job.id()).timeline().stream().map(e -> e.actor() + ": " + e.comment()).toList();
    assertThat(lastSteps)
        .contains(
            "Casey Customer 0: Approved Replace pads", "Casey Customer 0: Every line decided");
  }

  @Test
  void aWalkInCustomerDecidesFromTheJobsOwnSignedLink() {
    BookingFixtures fixture = BookingFixtures.create(users, shops, membership, schedules);
    String customer = BookingFixtures.customers(users, 1).getFirst();
    signInAs(fixture.shop().ownerEmail());
    JobSummary job =
        intake.open(
            fixture.shop().shopId(),
            new NewJob(
                JobOrigin.WALK_IN,
                "Casey",
                customer,
                null,
                "2012 Ford Focus",
                "Noisy exhaust",
                ""));
    workflow.move(job.id(), JobStatus.ACCEPTED, "");
    workflow.move(job.id(), JobStatus.IN_PROGRESS, "");
    estimates.addLine(
        job.id(), new LineDraft(LineKind.PART, "Muffler clamp", BigDecimal.ONE, 2500));
    workflow.move(job.id(), JobStatus.WAITING_APPROVAL, "");

    String text = TestMail.text(awaitMail(customer, "needs your approval: Noisy exhaust"));
    var link =
        Pattern.compile("https?://[^\\s\"<>]*/(job/" + job.id() + "\\?token=[A-Za-z0-9_-]+)")
            .matcher(text);
    assertThat(link.find()).as(text).isTrue();

    SecurityContextHolder.clearContext();
    tearDownAndSetUpAnonymous();
    navigate("job/" + job.id() + "?token=forged");
    assertThat(
            _get(Div.class, spec -> spec.withId("job-link-broken"))
                .getElement()
                .getTextRecursively())
        .contains("This link doesn’t work");
    navigate(link.group(1));
    CustomerJobCard card = _get(CustomerJobCard.class);
    _click(
        _get(
            card, Button.class, spec -> spec.withAttribute("aria-label", "Approve Muffler clamp")));
    assertThat(card.status.getElement().getTextRecursively()).isEqualTo("In progress");
  }

  /** A fresh UI with nobody signed in, as a browser opening the email's link. */
  private static void tearDownAndSetUpAnonymous() {
    var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
    request.setUserPrincipalInt(null);
    request.setUserInRole((principal, role) -> false);
  }
}

package com.otopair.jobs;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.ConflictException;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.NotAllowedException;
import com.otopair.base.NotFoundException;
import com.otopair.booking.BookingChanges;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.VehicleDetails;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class JobServiceTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired BookingHolds bookings;
  @Autowired BookingChanges bookingChanges;
  @Autowired JobBoard jobs;
  @Autowired JobIntake intake;
  @Autowired JobWorkflow workflow;
  @Autowired JobEstimate estimates;
  @Autowired JobPhotos jobPhotos;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;

  BookingFixtures fixture;
  UUID shopId;
  String owner;
  String customer;

  @BeforeEach
  void shop() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    shopId = fixture.shop().shopId();
    owner = fixture.shop().ownerEmail();
    customer = BookingFixtures.customers(users, 1).getFirst();
  }

  private void as(String email) {
    SignIn.as(userDetails, email);
  }

  private JobSummary walkIn() {
    as(owner);
    return intake.open(
        shopId,
        new NewJob(
            JobOrigin.WALK_IN,
            "Casey Customer",
            customer,
            null,
            "2016 Honda Civic",
            "Brake noise",
            "Squeals when stopping"));
  }

  /** A walk-in job driven to {@code status} along legal moves, by the owner. */
  private UUID jobIn(JobStatus status) {
    UUID id = walkIn().id();
    List<JobStatus> path =
        switch (status) {
          case REQUESTED -> List.of();
          case ACCEPTED -> List.of(JobStatus.ACCEPTED);
          case IN_PROGRESS -> List.of(JobStatus.ACCEPTED, JobStatus.IN_PROGRESS);
          case WAITING_PARTS ->
              List.of(JobStatus.ACCEPTED, JobStatus.IN_PROGRESS, JobStatus.WAITING_PARTS);
          case WAITING_APPROVAL ->
              List.of(JobStatus.ACCEPTED, JobStatus.IN_PROGRESS, JobStatus.WAITING_APPROVAL);
          case COMPLETED -> List.of(JobStatus.ACCEPTED, JobStatus.IN_PROGRESS, JobStatus.COMPLETED);
          case CANCELLED -> List.of(JobStatus.CANCELLED);
        };
    if (status == JobStatus.WAITING_APPROVAL) {
      estimates.addLine(id, new LineDraft(LineKind.PART, "Brake pads", BigDecimal.ONE, 8000));
    }
    for (JobStatus step : path) {
      workflow.move(id, step, "");
    }
    return id;
  }

  @Test
  void everyLegalMoveWorksAndEveryOtherIsRefusedWithWhereTheJobCanGo() {
    for (JobStatus from : JobStatus.values()) {
      for (JobStatus to : JobStatus.values()) {
        if (from == to) {
          continue;
        }
        UUID id = jobIn(from);
        if (from.canMoveTo(to)) {
          if (to == JobStatus.WAITING_APPROVAL) {
            estimates.addLine(id, new LineDraft(LineKind.PART, "Rotor", BigDecimal.ONE, 9000));
          }
          assertThat(workflow.move(id, to, "step").status()).as(from + " -> " + to).isEqualTo(to);
        } else {
          assertThatThrownBy(() -> workflow.move(id, to, ""))
              .as(from + " -> " + to)
              .isInstanceOf(ConflictException.class)
              .hasMessageContaining("can’t become " + to.label().toLowerCase(Locale.ROOT));
          assertThat(jobs.job(id).job().status()).isEqualTo(from);
        }
      }
    }
    // Spot checks of the machine itself.
    assertThat(JobStatus.IN_PROGRESS.next())
        .containsExactlyInAnyOrder(
            JobStatus.WAITING_PARTS,
            JobStatus.WAITING_APPROVAL,
            JobStatus.COMPLETED,
            JobStatus.CANCELLED);
    assertThat(JobStatus.COMPLETED.next()).isEmpty();
    assertThat(EnumSet.allOf(JobStatus.class).stream().filter(JobStatus::isOpen))
        .doesNotContain(JobStatus.COMPLETED, JobStatus.CANCELLED);
  }

  @Test
  void everyStepIsOnTheTimelineWithWhoWhenAndWhy() {
    UUID id = walkIn().id();
    workflow.move(id, JobStatus.ACCEPTED, "Bay 2 is free");
    clock.advance(Duration.ofMinutes(5));
    workflow.assign(id, fixture.shop().alex());

    JobDetails job = jobs.job(id);
    assertThat(job.job().reference()).startsWith("J-");
    assertThat(job.timeline())
        .extracting(JobDetails.Entry::kind, JobDetails.Entry::to, JobDetails.Entry::comment)
        .containsExactly(
            Tuple.tuple("CREATED", JobStatus.REQUESTED, "Walk-in"),
            Tuple.tuple("STATUS", JobStatus.ACCEPTED, "Bay 2 is free"),
            Tuple.tuple("ASSIGNED", null, "Assigned to Alex Martin"));
    assertThat(job.timeline()).allSatisfy(e -> assertThat(e.actor()).isEqualTo("Olga Owner"));
    assertThat(job.timeline().get(2).at()).isAfter(job.timeline().get(1).at());
  }

  @Test
  void photosOfTheCarAreKeptAndTheCustomerSeesThem() {
    UUID id = walkIn().id();
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    String url = jobPhotos.add(id, png);
    assertThat(url).startsWith("media/job-photos");
    assertRefusedAt(
        () -> jobPhotos.add(id, "not a picture".getBytes()), "photo", "PNG, JPEG or WebP");

    as(customer);
    assertThat(jobs.job(id).photoUrls()).containsExactly(url);
    assertThat(jobs.job(id).timeline())
        .last()
        .satisfies(e -> assertThat(e.comment()).isEqualTo("Added a photo"));
    assertThatThrownBy(() -> jobPhotos.add(id, png)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void jobNumbersCountUpPerShop() {
    int first = walkIn().number();
    assertThat(walkIn().number()).isEqualTo(first + 1);
  }

  @Test
  void aMechanicWorksTheirOwnJobsAndNeverCancels() {
    UUID id = walkIn().id();
    as(fixture.shop().alexEmail());
    // An unassigned request: accepting it makes it Alex's.
    JobSummary accepted = workflow.move(id, JobStatus.ACCEPTED, "");
    assertThat(accepted.mechanicId()).isEqualTo(fixture.shop().alex());
    workflow.move(id, JobStatus.IN_PROGRESS, "");
    assertThatThrownBy(() -> workflow.move(id, JobStatus.CANCELLED, ""))
        .isInstanceOf(NotAllowedException.class)
        .hasMessageContaining("Only the shop’s owner cancels");
    assertThatThrownBy(() -> workflow.assign(id, fixture.shop().bea()))
        .isInstanceOf(NotAllowedException.class);

    as(owner);
    workflow.assign(id, fixture.shop().bea());
    as(fixture.shop().alexEmail());
    assertThatThrownBy(() -> workflow.move(id, JobStatus.COMPLETED, ""))
        .isInstanceOf(NotAllowedException.class)
        .hasMessageContaining("someone else’s");
    assertThat(jobs.board(shopId, JobFilter.all())).extracting(JobSummary::id).doesNotContain(id);
  }

  @Test
  void anotherShopSeesNothing() {
    UUID id = walkIn().id();
    BookingFixtures other = BookingFixtures.create(users, shops, membership, schedules);
    as(other.shop().ownerEmail());

    assertThatThrownBy(() -> jobs.job(id)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> workflow.move(id, JobStatus.ACCEPTED, ""))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> workflow.assign(id, other.shop().alex()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> jobs.board(shopId, JobFilter.all()))
        .isInstanceOf(NotFoundException.class);
    assertThat(jobs.board(other.shop().shopId(), JobFilter.all())).isEmpty();

    as(owner);
    assertThatThrownBy(() -> workflow.assign(id, other.shop().alex()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("Pick one of the shop’s mechanics");
  }

  @Test
  void theCustomerApprovesLineByLineAndWorkResumesWhenAllAreDecided() {
    UUID id = jobIn(JobStatus.IN_PROGRESS);
    estimates.addLine(
        id, new LineDraft(LineKind.LABOUR, "Replace front pads", new BigDecimal("1.5"), 10000));
    JobDetails estimate =
        estimates.addLine(
            id, new LineDraft(LineKind.PART, "Brake pads (pair)", new BigDecimal("2"), 4550));
    workflow.notes(id, "Rotor lip is close to the limit", "Rotors will need replacing next time");
    workflow.move(id, JobStatus.WAITING_APPROVAL, "Estimate sent");
    UUID labour = estimate.lines().get(0).id();
    UUID parts = estimate.lines().get(1).id();

    as(customer);
    JobDetails seen = jobs.job(id);
    assertThat(seen.internalNotes()).isNull();
    assertThat(seen.customerNotes()).isEqualTo("Rotors will need replacing next time");
    estimates.decide(id, labour, true);
    assertThat(jobs.job(id).job().status()).isEqualTo(JobStatus.WAITING_APPROVAL);
    JobDetails decided = estimates.decide(id, parts, false);

    assertThat(decided.job().status()).isEqualTo(JobStatus.IN_PROGRESS);
    // 1.5 h at $100 approved; QC tax 14.975 % of $150 = $22.46; the parts are recommended later.
    assertThat(decided.totals().approvedSubtotal()).isEqualTo(new Money(15000, "CAD"));
    assertThat(decided.totals().tax()).isEqualTo(new Money(2246, "CAD"));
    assertThat(decided.totals().approvedTotal()).isEqualTo(new Money(17246, "CAD"));
    assertThat(decided.totals().declined()).isEqualTo(new Money(9100, "CAD"));
    assertThat(decided.lines())
        .extracting(JobDetails.Line::approval)
        .containsExactly(LineApproval.APPROVED, LineApproval.DECLINED);
    assertThat(decided.timeline())
        .last()
        .satisfies(e -> assertThat(e.comment()).isEqualTo("Every line decided"));
    assertThatThrownBy(() -> estimates.decide(id, parts, true))
        .isInstanceOf(ConflictException.class);

    as(owner);
    assertThat(jobs.job(id).internalNotes()).isEqualTo("Rotor lip is close to the limit");
    assertThatThrownBy(() -> estimates.removeLine(id, labour))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("approved this line");
  }

  @Test
  void badEstimateLinesAreRefusedNextToTheField() {
    UUID id = walkIn().id();
    workflow.move(id, JobStatus.ACCEPTED, "");
    workflow.move(id, JobStatus.IN_PROGRESS, "");
    assertThatThrownBy(() -> workflow.move(id, JobStatus.WAITING_APPROVAL, ""))
        .hasMessageContaining("Add the estimate lines");
    assertRefusedAt(
        () -> estimates.addLine(id, new LineDraft(LineKind.PART, " ", BigDecimal.ONE, 100)),
        "description",
        "Describe the line");
    assertRefusedAt(
        () ->
            estimates.addLine(
                id, new LineDraft(LineKind.LABOUR, "Diagnosis", BigDecimal.ZERO, 100)),
        "quantity",
        "Enter the hours");
    assertRefusedAt(
        () -> estimates.addLine(id, new LineDraft(LineKind.PART, "Filter", BigDecimal.ONE, -1)),
        "unitPrice",
        "unit price");
    assertRefusedAt(() -> estimates.taxRate(id, new BigDecimal("31")), "taxRate", "0 to 30");
    assertThatThrownBy(() -> workflow.move(id, JobStatus.WAITING_PARTS, "x".repeat(1001)))
        .hasMessageContaining("under 1,000");
  }

  @Test
  void aWalkInFindsTheCustomerByPhoneOrCreatesThemFromTheirEmail() {
    as(owner);
    String email = "walk-in-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test";
    JobSummary created =
        intake.open(
            shopId,
            new NewJob(
                JobOrigin.PHONE,
                "Wanda Walker",
                email,
                "+1 514 555 0177",
                "2012 Ford Focus",
                "Check engine light",
                ""));
    assertThat(created.customerName()).isEqualTo("Wanda Walker");
    assertThat(created.origin()).isEqualTo(JobOrigin.PHONE);

    JobSummary again =
        intake.open(
            shopId,
            new NewJob(
                JobOrigin.WALK_IN,
                "Wanda W.",
                null,
                "(514) 555-0177",
                "2012 Ford Focus",
                "Oil change",
                ""));
    assertThat(again.customerId()).isEqualTo(created.customerId());

    assertRefusedAt(
        () ->
            intake.open(
                shopId,
                new NewJob(JobOrigin.WALK_IN, "Nina", null, "+1 514 555 0999", "", "Tires", "")),
        "customerPhone",
        "add their email");
    assertRefusedAt(
        () ->
            intake.open(
                shopId,
                new NewJob(JobOrigin.WALK_IN, "Zed", "zed@example.test", null, "", " ", "")),
        "title",
        "Say what the job is");
    // A staff account is never taken for a customer.
    assertRefusedAt(
        () ->
            intake.open(
                shopId,
                new NewJob(
                    JobOrigin.WALK_IN, "Al", fixture.shop().alexEmail(), null, "", "Tires", "")),
        "customerEmail",
        "staff account");
    as(fixture.shop().alexEmail());
    assertThatThrownBy(
            () ->
                intake.open(
                    shopId, new NewJob(JobOrigin.WALK_IN, "Wanda", email, null, "", "Tires", "")))
        .isInstanceOf(NotAllowedException.class);
  }

  @Test
  void aConfirmedBookingOpensAJobThatFollowsItsMovesAndEndsWithIt() {
    LocalDate monday = TestDays.nextMonday(clock, TORONTO);
    Instant nine = monday.atTime(9, 0).atZone(TORONTO).toInstant();
    as(customer);
    BookingSummary held = bookings.hold(shopId, fixture.oilChange(), fixture.shop().bea(), nine);
    bookings.confirm(
        held.id(),
        new BookingDetails(
            new VehicleDetails(null, 2019, "Toyota", "Corolla", null, ""),
            "Oil light on",
            "+1 514 555 0123"));

    JobDetails job = awaitJob(held.id());
    assertThat(job.job().status()).isEqualTo(JobStatus.REQUESTED);
    assertThat(job.job().origin()).isEqualTo(JobOrigin.BOOKING);
    assertThat(job.job().title()).isEqualTo("Oil change");
    assertThat(job.job().vehicle()).isEqualTo("2019 Toyota Corolla");
    assertThat(job.job().mechanicId()).isEqualTo(fixture.shop().bea());
    assertThat(job.description()).isEqualTo("Oil light on");
    assertThat(job.job().scheduledAt()).isEqualTo(nine);

    BookingSummary moved =
        bookingChanges.reschedule(held.id(), fixture.shop().bea(), nine.plus(Duration.ofHours(2)));
    JobDetails followed = awaitJob(moved.id());
    assertThat(followed.job().id()).isEqualTo(job.job().id());
    assertThat(followed.job().scheduledAt()).isEqualTo(nine.plus(Duration.ofHours(2)));

    bookingChanges.cancel(moved.id(), "Fixed it myself");
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              as(customer);
              assertThat(jobs.job(job.job().id()).job().status()).isEqualTo(JobStatus.CANCELLED);
            });
    assertThat(jobs.job(job.job().id()).timeline())
        .last()
        .satisfies(e -> assertThat(e.comment()).contains("Fixed it myself"));
  }

  @Test
  void onceWorkStartsTheCustomerCannotCancelOrMoveTheBookingOnline() {
    LocalDate monday = TestDays.nextMonday(clock, TORONTO);
    Instant ten = monday.atTime(10, 0).atZone(TORONTO).toInstant();
    as(customer);
    BookingSummary held = bookings.hold(shopId, fixture.oilChange(), fixture.shop().bea(), ten);
    bookings.confirm(
        held.id(),
        new BookingDetails(
            new VehicleDetails(null, 2019, "Toyota", "Corolla", null, ""),
            "Brakes",
            "+1 514 555 0123"));
    UUID jobId = awaitJob(held.id()).job().id();
    as(owner);
    workflow.move(jobId, JobStatus.ACCEPTED, "");
    as(customer);
    assertThat(bookingChanges.changeRefusal(held.id())).isEmpty();

    as(owner);
    workflow.move(jobId, JobStatus.IN_PROGRESS, "");
    as(customer);
    assertThatThrownBy(() -> bookingChanges.cancel(held.id(), "Too late"))
        .isInstanceOf(ConflictException.class)
        .hasMessage("The shop has started on your car; call them to change this booking");
    assertThatThrownBy(
            () -> bookingChanges.reschedule(held.id(), null, ten.plus(Duration.ofHours(1))))
        .isInstanceOf(ConflictException.class);

    as(owner);
    workflow.move(jobId, JobStatus.COMPLETED, "");
    as(customer);
    assertThat(bookingChanges.changeRefusal(held.id()))
        .hasValue("The work on your car is done; this booking can’t change anymore");
  }

  private JobDetails awaitJob(UUID bookingId) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              as(customer);
              return jobs.forMyBooking(bookingId);
            },
            Optional::isPresent)
        .orElseThrow();
  }
}

package com.otopair.jobs.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.VehicleDetails;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.AdminJobs;
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
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.node.JsonNodeFactory;

class JobViewsTest extends KaribuTest {

  @Autowired JobBoard jobs;
  @Autowired JobIntake intake;
  @Autowired JobWorkflow workflow;
  @Autowired JobEstimate estimates;
  @Autowired AdminJobs admin;
  @Autowired JdbcTemplate jdbc;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;

  BookingFixtures fixture;
  String customer;
  JobSummary job;

  @BeforeEach
  void shopWithAJob() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    customer = BookingFixtures.customers(users, 1).getFirst();
    signInAs(fixture.shop().ownerEmail());
    job =
        intake.open(
            fixture.shop().shopId(),
            new NewJob(
                JobOrigin.WALK_IN,
                "Casey",
                customer,
                null,
                "2016 Honda Civic",
                "Brake noise",
                "Squeals"));
  }

  private static List<String> cardsIn(JobBoardView board, JobStatus status) {
    return board
        .columns
        .get(status)
        .getChildren()
        .filter(c -> c.getClassNames().contains("otopair-job-card"))
        .map(c -> c.getId().orElseThrow())
        .toList();
  }

  private static void drop(JobBoardView board, String cardId, JobStatus status) {
    Div card =
        (Div)
            board.columns.values().stream()
                .flatMap(Div::getChildren)
                .filter(c -> c.getId().filter(cardId::equals).isPresent())
                .findFirst()
                .orElseThrow();
    UI.getCurrent().getInternals().setActiveDragSourceComponent(card);
    Div column = board.columns.get(status);
    ComponentUtil.fireEvent(column, new DropEvent<>(column, true, "move"));
  }

  @Test
  void theBoardShowsAColumnPerStatusAndDraggingACardMovesItUnderTheRules() {
    navigate("jobs");
    JobBoardView board = _get(JobBoardView.class);
    String card = "job-" + job.id();
    assertThat(cardsIn(board, JobStatus.REQUESTED)).contains(card);
    assertThat(board.columns).hasSize(JobStatus.values().length);

    drop(board, card, JobStatus.COMPLETED);
    expectNotifications(
        "A job that is requested can’t become completed; it can become accepted or cancelled");
    assertThat(cardsIn(board, JobStatus.REQUESTED)).contains(card);

    drop(board, card, JobStatus.ACCEPTED);
    expectNotifications("Moved to Accepted");
    assertThat(cardsIn(board, JobStatus.ACCEPTED)).contains(card);
    assertThat(cardsIn(board, JobStatus.REQUESTED)).doesNotContain(card);
  }

  @Test
  void aCardsMoveButtonOpensTheBoardsOneMenuWithThatJobsMovesAndItsLinesOpenTheJob() {
    navigate("jobs");
    JobBoardView board = _get(JobBoardView.class);
    Div card =
        (Div)
            board
                .columns
                .get(JobStatus.REQUESTED)
                .getChildren()
                .filter(c -> c.getId().filter(("job-" + job.id())::equals).isPresent())
                .findFirst()
                .orElseThrow();
    // The card's lines and its Move button are markup: no component inside the card.
    assertThat(card.getChildren()).isEmpty();
    var move =
        Jsoup.parseBodyFragment(card.getElement().getProperty("innerHTML", ""))
            .selectFirst("vaadin-button[data-move]");
    assertThat(move).isNotNull();
    assertThat(move.attr("data-move")).isEqualTo(job.id().toString());
    assertThat(move.attr("aria-label")).isEqualTo("Move " + job.reference());
    assertThat(move.text()).isEqualTo("Move");

    // A click elsewhere on the board does not open the menu; a crafted id neither.
    var menu = board.moveMenu;
    assertThat(menu.onBeforeOpenMenu(JsonNodeFactory.instance.objectNode().put("job", "")))
        .isFalse();
    assertThat(
            menu.onBeforeOpenMenu(
                JsonNodeFactory.instance.objectNode().put("job", UUID.randomUUID().toString())))
        .isFalse();
    // The card's button: the requested job can be accepted or cancelled (by its owner).
    assertThat(
            menu.onBeforeOpenMenu(
                JsonNodeFactory.instance.objectNode().put("job", job.id().toString())))
        .isTrue();
    assertThat(menu.getItems().stream().map(MenuItem::getText))
        .containsExactly(JobStatus.ACCEPTED.action(), JobStatus.CANCELLED.action());
    ContextMenuKt._clickItemWithCaption(menu, JobStatus.ACCEPTED.action());
    expectNotifications("Moved to Accepted");
    assertThat(cardsIn(board, JobStatus.ACCEPTED)).contains("job-" + job.id());

    // A click on the card's lines opens the job.
    Div moved =
        (Div)
            board
                .columns
                .get(JobStatus.ACCEPTED)
                .getChildren()
                .filter(c -> c.getId().filter(("job-" + job.id())::equals).isPresent())
                .findFirst()
                .orElseThrow();
    BasicUtilsKt._fireDomEvent(
        moved, "click", JsonNodeFactory.instance.objectNode().put(JobCard.OPENS_THE_JOB, true));
    assertThat(_get(JobView.class).heading.getText()).startsWith(job.reference());
  }

  @Test
  void theListFiltersByTextStatusAndMechanic() {
    signInAs(fixture.shop().ownerEmail());
    JobSummary other =
        intake.open(
            fixture.shop().shopId(),
            new NewJob(
                JobOrigin.PHONE,
                "Casey",
                customer,
                null,
                "2012 Ford Focus",
                "Check engine light",
                ""));
    workflow.assign(other.id(), fixture.shop().alex());
    navigate("jobs");
    JobBoardView board = _get(JobBoardView.class);
    // The list is built when it is shown, and goes when the board comes back.
    assertThat(board.list).isNull();
    board.mode.setSelectedIndex(1);
    assertThat(board.list).isNotNull();
    assertThat(board.list.isVisible()).isTrue();
    assertThat(board.board.isVisible()).isFalse();
    assertThat(GridKt._size(board.list)).isEqualTo(2);

    _setValue(board.search, "focus");
    assertThat(GridKt._size(board.list)).isEqualTo(1);
    assertThat(GridKt._get(board.list, 0).title()).isEqualTo("Check engine light");

    _setValue(board.search, "");
    board.mechanic.setValue(
        board
            .mechanic
            .getListDataView()
            .getItems()
            .filter(m -> m.id().equals(fixture.shop().alex()))
            .findFirst()
            .orElseThrow());
    assertThat(GridKt._size(board.list)).isEqualTo(1);
    assertThat(board.filterLocation().getPathWithQueryParameters())
        .isEqualTo("jobs?mechanic=" + fixture.shop().alex());
    board.mechanic.clear();
    board.statuses.setValue(Set.of(JobStatus.ACCEPTED));
    assertThat(GridKt._size(board.list)).isZero();
    assertThat(board.filterLocation().getPathWithQueryParameters())
        .isEqualTo("jobs?status=ACCEPTED");

    board.mode.setSelectedIndex(0);
    assertThat(board.list).isNull();
    assertThat(board.board.isVisible()).isTrue();
    assertThat(cardsIn(board, JobStatus.REQUESTED)).contains("job-" + other.id());

    // A shared address brings the same list back, in list mode where statuses apply.
    navigate("jobs?q=focus&status=REQUESTED,ACCEPTED,BOGUS");
    JobBoardView shared = _get(JobBoardView.class);
    assertThat(shared.search.getValue()).isEqualTo("focus");
    assertThat(shared.statuses.getValue())
        .containsExactlyInAnyOrder(JobStatus.REQUESTED, JobStatus.ACCEPTED);
    assertThat(shared.list.isVisible()).isTrue();
  }

  @Test
  void aChangeFromAnotherScreenAppearsOnAnOpenBoard() throws Exception {
    navigate("jobs");
    JobBoardView board = _get(JobBoardView.class);
    String owner = fixture.shop().ownerEmail();
    CompletableFuture.runAsync(
            () -> {
              SignIn.as(userDetails, owner);
              try {
                workflow.move(job.id(), JobStatus.ACCEPTED, "From the other tablet");
              } finally {
                SecurityContextHolder.clearContext();
              }
            })
        .get();
    runPendingPushes();

    assertThat(cardsIn(board, JobStatus.ACCEPTED)).contains("job-" + job.id());
  }

  @Test
  void theJobPageMovesItAlongBuildsTheEstimateAndShowsTheTimeline() {
    navigate("jobs/" + job.id());
    JobView view = _get(JobView.class);
    assertThat(view.heading.getText()).isEqualTo(job.reference() + " · Brake noise");
    assertThat(view.actionLabels()).containsExactly("Accept", "Cancel job");

    _click(_get(view.actions, Button.class, spec -> spec.withText("Accept")));
    _setValue(
        _get(Dialog.class)
            .getChildren()
            .filter(c -> c instanceof TextArea)
            .map(c -> (TextArea) c)
            .findFirst()
            .orElseThrow(),
        "Bay 2");
    _click(_get(Button.class, spec -> spec.withId("confirm-move")));
    assertThat(view.status.getElement().getTextRecursively()).isEqualTo("Accepted");
    assertThat(view.actionLabels()).containsExactly("Start work", "Cancel job");

    _setValue(view.estimate.lineForm.description, "");
    _click(_get(Button.class, spec -> spec.withId("add-line")));
    HasValidationUtilsKt._expectInvalid(
        view.estimate.lineForm.description, "Describe the line, like Front brake pads");

    _setValue(view.estimate.lineForm.description, "Replace front pads");
    _setValue(view.estimate.lineForm.quantity, new BigDecimal("1.5"));
    _setValue(view.estimate.lineForm.unitPrice, new BigDecimal("100"));
    _click(_get(Button.class, spec -> spec.withId("add-line")));
    assertThat(GridKt._size(view.estimate.lines)).isEqualTo(1);
    assertThat(view.estimate.totals.getElement().getTextRecursively())
        .contains("Awaiting approval")
        .contains("$150.00");

    assertThat(view.timeline.getElement().getTextRecursively())
        .contains("Requested → Accepted · Olga Owner")
        .contains("Bay 2");
  }

  @Test
  void theLineFormMarksEveryBadFieldAtOnceAndAddsNothing() {
    navigate("jobs/" + job.id());
    JobView view = _get(JobView.class);
    _setValue(view.estimate.lineForm.description, "");
    _setValue(view.estimate.lineForm.quantity, BigDecimal.ZERO);
    view.estimate.lineForm.unitPrice.clear();
    _click(_get(Button.class, spec -> spec.withId("add-line")));

    HasValidationUtilsKt._expectInvalid(
        view.estimate.lineForm.description, "Describe the line, like Front brake pads");
    HasValidationUtilsKt._expectInvalid(
        view.estimate.lineForm.quantity, "Enter the hours, like 1.5");
    HasValidationUtilsKt._expectInvalid(view.estimate.lineForm.unitPrice, "Enter the hourly rate");
    assertThat(jobs.job(job.id()).lines()).isEmpty();
  }

  @Test
  void aControlCharacterInAMoveCommentOrAWalkInsDetailsIsShownNextToTheField() {
    navigate("jobs/" + job.id());
    JobView view = _get(JobView.class);
    _click(_get(view.actions, Button.class, spec -> spec.withText("Accept")));
    var comment =
        _get(_get(Dialog.class), TextArea.class, spec -> spec.withLabel("Comment (optional)"));
    _setValue(comment, "Bay\u00002");
    _click(_get(Button.class, spec -> spec.withId("confirm-move")));
    HasValidationUtilsKt._expectInvalid(
        comment, "This text contains a control character; remove it");
    assertThat(jobs.job(job.id()).job().status()).isEqualTo(JobStatus.REQUESTED);
    _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Back")));

    navigate("jobs");
    _click(_get(Button.class, spec -> spec.withId("new-job")));
    Dialog dialog = _get(Dialog.class);
    _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("What’s the job?")), "Tyres");
    _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Customer’s name")), "Casey");
    _setValue(_get(dialog, EmailField.class, spec -> spec.withLabel("Customer’s email")), customer);
    var details = _get(dialog, TextArea.class, spec -> spec.withLabel("Details"));
    _setValue(details, "Winter\u001b[2J set");
    _click(_get(dialog, Button.class, spec -> spec.withText("Open job")));
    HasValidationUtilsKt._expectInvalid(
        details, "This text contains a control character; remove it");
    assertThat(currentView()).isEqualTo("JobBoardView");
  }

  @Test
  void aMechanicSeesNoCancelAndAnotherShopCannotOpenTheJob() {
    signInAs(fixture.shop().ownerEmail());
    workflow.assign(job.id(), fixture.shop().alex());
    signInAs(fixture.shop().alexEmail());
    navigate("jobs/" + job.id());
    assertThat(_get(JobView.class).actionLabels()).containsExactly("Accept");

    BookingFixtures other = BookingFixtures.create(users, shops, membership, schedules);
    signInAs(other.shop().ownerEmail());
    navigate("jobs/" + job.id());
    assertThat(currentView()).isNotEqualTo("JobView");
  }

  @Test
  void aNewWalkInJobOpensItsPage() {
    navigate("jobs");
    _click(_get(Button.class, spec -> spec.withId("new-job")));
    Dialog dialog = _get(Dialog.class);
    _setValue(
        _get(dialog, TextField.class, spec -> spec.withLabel("Customer’s phone")),
        "+1 514 555 0142");
    _click(_get(dialog, Button.class, spec -> spec.withText("Open job")));
    HasValidationUtilsKt._expectInvalid(
        _get(dialog, TextField.class, spec -> spec.withLabel("What’s the job?")),
        "Say what the job is, like Brake noise");

    _setValue(
        _get(dialog, TextField.class, spec -> spec.withLabel("What’s the job?")), "Winter tyres");
    _click(_get(dialog, Button.class, spec -> spec.withText("Open job")));
    HasValidationUtilsKt._expectInvalid(
        _get(dialog, TextField.class, spec -> spec.withLabel("Customer’s name")),
        "Enter the customer’s name");
    _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Customer’s name")), "Casey");
    _click(_get(dialog, Button.class, spec -> spec.withText("Open job")));
    HasValidationUtilsKt._expectInvalid(
        _get(dialog, TextField.class, spec -> spec.withLabel("Customer’s phone")),
        "No customer has this number yet; add their email to create one");

    _setValue(_get(dialog, EmailField.class, spec -> spec.withLabel("Customer’s email")), customer);
    _click(_get(dialog, Button.class, spec -> spec.withText("Open job")));
    assertThat(currentView()).isEqualTo("JobView");
    assertThat(_get(JobView.class).heading.getText()).endsWith("Winter tyres");
  }

  @Test
  void adminsSearchEveryShopsJobsAndOpenOneWithItsHistory() {
    signInAs(fixture.shop().ownerEmail());
    workflow.move(job.id(), JobStatus.ACCEPTED, "Bay 3");
    signInAs(DemoAccounts.ADMIN.email());
    navigate("admin/jobs");
    AdminJobsView view = _get(AdminJobsView.class);
    _setValue(view.search, "Honda Civic");
    assertThat(GridKt._findAll(view.grid)).extracting(JobSummary::id).contains(job.id());
    view.shop.setValue(
        view.shop
            .getListDataView()
            .getItems()
            .filter(s -> s.id().equals(fixture.shop().shopId()))
            .findFirst()
            .orElseThrow());
    assertThat(GridKt._findAll(view.grid)).extracting(JobSummary::id).containsExactly(job.id());
    view.status.setValue(JobStatus.COMPLETED);
    assertThat(GridKt._size(view.grid)).isZero();
    assertThat(view.filterLocation().getQueryParameters().getParameters())
        .isEqualTo(
            Map.of(
                "q", List.of("Honda Civic"),
                "status", List.of("COMPLETED"),
                "shop", List.of(fixture.shop().shopId().toString())));
    view.status.clear();

    navigate("admin/jobs?q=Honda+Civic&shop=" + fixture.shop().shopId() + "&from=2000-01-01");
    AdminJobsView shared = _get(AdminJobsView.class);
    assertThat(shared.shop.getValue().id()).isEqualTo(fixture.shop().shopId());
    assertThat(shared.from.getValue()).isEqualTo(LocalDate.of(2000, 1, 1));
    assertThat(GridKt._findAll(shared.grid)).extracting(JobSummary::id).containsExactly(job.id());
    view = shared;

    _setValue(view.search, "");
    view.shop.clear();
    var names =
        admin
            .search(
                AdminJobs.Query.any(),
                PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "customerName")))
            .stream()
            .map(JobSummary::customerName)
            .toList();
    // The database's own collation decides the order: its last name comes first.
    assertThat(names.getFirst())
        .isEqualTo(
            jdbc.queryForObject(
                "select customer_name from jobs order by customer_name desc limit 1",
                String.class));
    view.shop.setValue(
        view.shop
            .getListDataView()
            .getItems()
            .filter(s -> s.id().equals(fixture.shop().shopId()))
            .findFirst()
            .orElseThrow());

    view.openJob(GridKt._get(view.grid, 0));
    assertThat(
            _get(Div.class, spec -> spec.withId("admin-job-history"))
                .getElement()
                .getTextRecursively())
        .contains("Requested → Accepted")
        .contains("Bay 3");
  }

  @Test
  void theCustomerFollowsTheJobAndDecidesOnTheEstimateOnTheirBookingPage() {
    // A job from a booking, waiting for the customer's approval.
    var booking = bookThrough(customer);
    UUID jobId =
        Awaitility.await()
            .pollInSameThread()
            .atMost(Duration.ofSeconds(10))
            .until(
                () -> {
                  signInAs(fixture.shop().ownerEmail());
                  return jobs.board(fixture.shop().shopId(), JobFilter.all()).stream()
                      .filter(j -> booking.equals(j.bookingId()))
                      .findFirst();
                },
                Optional::isPresent)
            .orElseThrow()
            .id();
    workflow.move(jobId, JobStatus.ACCEPTED, "");
    workflow.move(jobId, JobStatus.IN_PROGRESS, "");
    estimates.addLine(jobId, new LineDraft(LineKind.LABOUR, "Replace pads", BigDecimal.ONE, 10000));
    estimates.addLine(jobId, new LineDraft(LineKind.PART, "Wiper blades", BigDecimal.ONE, 3000));
    workflow.move(jobId, JobStatus.WAITING_APPROVAL, "");

    signInAs(fixture.shop().ownerEmail());
    navigate("jobs/" + jobId);
    JobView shopSide = _get(JobView.class);
    assertThat(shopSide.actionLabels()).containsExactly("Resume work", "Cancel job");
    assertThat(_find(shopSide.actions, Button.class))
        .noneMatch(b -> b.hasThemeName(ButtonVariant.LUMO_PRIMARY.getVariantName()));

    signInAs(customer);
    navigate("bookings/" + booking);
    CustomerJobCard card = _get(CustomerJobCard.class);
    assertThat(card.status.getElement().getTextRecursively()).isEqualTo("Waiting for approval");
    assertThat(paragraph(card, "customer-job-pending"))
        .isEqualTo("Waiting for your decision: $130.00 CAD before tax");
    assertThat(paragraph(card, "customer-job-total")).isEqualTo("Nothing approved yet");
    _click(
        _get(card, Button.class, spec -> spec.withAttribute("aria-label", "Approve Replace pads")));
    expectNotifications("Approved: Replace pads");
    _click(
        _get(card, Button.class, spec -> spec.withAttribute("aria-label", "Decline Wiper blades")));
    expectNotifications("Saved for later: Wiper blades");
    assertThat(card.status.getElement().getTextRecursively()).isEqualTo("In progress");
    assertThat(paragraph(card, "customer-job-total")).isEqualTo("Approved: $114.98 CAD with tax");
    assertThat(_find(card, Button.class)).isEmpty();

    // The shop completes it; the open booking page shows it at once.
    String owner = fixture.shop().ownerEmail();
    CompletableFuture.runAsync(
            () -> {
              SignIn.as(userDetails, owner);
              try {
                workflow.move(jobId, JobStatus.COMPLETED, "Ready");
              } finally {
                SecurityContextHolder.clearContext();
              }
            })
        .join();
    runPendingPushes();
    assertThat(card.status.getElement().getTextRecursively()).isEqualTo("Completed");
  }

  @Autowired BookingHolds bookingService;

  private UUID bookThrough(String email) {
    signInAs(email);
    ZoneId toronto = ZoneId.of("America/Toronto");
    LocalDate monday = TestDays.nextMonday(clock, toronto);
    var held =
        bookingService.hold(
            fixture.shop().shopId(),
            fixture.oilChange(),
            fixture.shop().bea(),
            monday.atTime(10, 0).atZone(toronto).toInstant());
    bookingService.confirm(
        held.id(),
        new BookingDetails(
            new VehicleDetails(null, 2019, "Toyota", "Corolla", null, ""),
            "Brakes",
            "+1 514 555 0123"));
    return held.id();
  }

  /** The text of the card's paragraph with this id. */
  private static String paragraph(CustomerJobCard card, String id) {
    return _get(card, Paragraph.class, spec -> spec.withId(id)).getText();
  }
}

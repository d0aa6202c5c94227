package com.otopair.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.ConflictException;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.NotFoundException;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The mechanic's summary of a session: written by the mechanic who took it once it has ended,
 * checked field by field, sent once, then read by its customer (the first reading recorded once),
 * its shop's owner and support; nobody else learns it exists.
 */
@RecordApplicationEvents
class SessionReportsTest extends IntegrationTest {

  @Autowired SessionReports reports;
  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired SessionWatch watch;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationEvents events;

  ReportFixtures fixture;

  @BeforeEach
  void anEndedSession() {
    fixture = ReportFixtures.create(users, shops, membership, userDetails, live, queue, jdbc);
  }

  private void as(String email) {
    SignIn.as(userDetails, email);
  }

  private InvalidRequestException refusal(ReportDraft draft) {
    as(fixture.mechanicEmail());
    try {
      reports.save(fixture.session(), draft);
    } catch (InvalidRequestException refused) {
      return refused;
    }
    throw new AssertionError("The draft was saved");
  }

  private static ReportDraft withLines(ReportDraft draft, List<ReportLine> lines) {
    return new ReportDraft(
        draft.findings(),
        draft.stepsTaken(),
        lines,
        draft.nextSteps(),
        draft.urgency(),
        draft.repairServiceId(),
        draft.photoKeys());
  }

  private ReportDraft withLine(UnaryOperator<ReportLine> change) {
    ReportDraft draft = fixture.draft();
    return withLines(draft, List.of(change.apply(draft.lines().get(0))));
  }

  @Test
  void theMechanicStartsFromAnEmptyDraftSavesItAndReadsItBack() {
    as(fixture.mechanicEmail());
    SessionReport empty = reports.draft(fixture.session());
    assertThat(empty.findings()).isEmpty();
    assertThat(empty.lines()).isEmpty();
    assertThat(empty.sent()).isFalse();

    reports.save(fixture.session(), fixture.draft());

    SessionReport saved = reports.draft(fixture.session());
    assertThat(saved.findings()).isEqualTo("The front pads are worn to 2 mm.");
    assertThat(saved.stepsTaken()).isEqualTo("We listened to the noise on a video call.");
    assertThat(saved.nextSteps()).isEqualTo("Book the brake service this month.");
    assertThat(saved.urgency()).isEqualTo(ReportUrgency.URGENT);
    assertThat(saved.repairServiceId()).isEqualTo(fixture.brakes());
    assertThat(saved.photoKeys()).containsExactly(fixture.photoKeys().get(0));
    assertThat(saved.lines())
        .extracting(ReportLine::description, ReportLine::total)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Front brake pads", new Money(8950, "CAD")),
            org.assertj.core.groups.Tuple.tuple("Replace the pads", new Money(15000, "CAD")));
    assertThat(saved.sent()).isFalse();
    assertThat(reports.sent(fixture.session())).isEmpty();
  }

  @Test
  void theOfferedPhotosAreTheSessionsIntakePhotos() {
    as(fixture.mechanicEmail());
    assertThat(reports.photosOffered(fixture.session()))
        .extracting(ReportPhoto::key, ReportPhoto::url)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                fixture.photoKeys().get(0), "media/" + fixture.photoKeys().get(0)),
            org.assertj.core.groups.Tuple.tuple(
                fixture.photoKeys().get(1), "media/" + fixture.photoKeys().get(1)));
  }

  @Test
  void theRepairServicesAreTheShopsActiveInShopServices() {
    as(fixture.mechanicEmail());
    assertThat(reports.repairServices(fixture.session()))
        .extracting(Offering::name)
        .containsExactly("Brake pads and rotors");
  }

  @Test
  void eachFieldIsCheckedAndNamed() {
    ReportDraft draft = fixture.draft();
    String huge = "x".repeat(4001);
    record Case(ReportDraft draft, String field, String message) {}
    List<Case> cases =
        List.of(
            new Case(
                new ReportDraft("  ", "", List.of(), "", ReportUrgency.SOON, null, List.of()),
                "findings",
                "Write what you found."),
            new Case(
                new ReportDraft(huge, "", List.of(), "", ReportUrgency.SOON, null, List.of()),
                "findings",
                "Keep this under 4000 characters."),
            new Case(
                new ReportDraft(
                    "Worn pads", huge, List.of(), "", ReportUrgency.SOON, null, List.of()),
                "stepsTaken",
                "Keep this under 4000 characters."),
            new Case(
                new ReportDraft(
                    "Worn pads", "", List.of(), huge, ReportUrgency.SOON, null, List.of()),
                "nextSteps",
                "Keep this under 4000 characters."),
            new Case(
                new ReportDraft(
                    "Worn\u0000 pads", "", List.of(), "", ReportUrgency.SOON, null, List.of()),
                "findings",
                "This text contains a control character; remove it"),
            new Case(
                withLine(l -> new ReportLine(l.kind(), " ", l.quantity(), l.unitPrice())),
                "lines[0].description",
                "Describe the part or the work."),
            new Case(
                withLine(
                    l -> new ReportLine(l.kind(), "y".repeat(201), l.quantity(), l.unitPrice())),
                "lines[0].description",
                "Keep the description under 200 characters."),
            new Case(
                withLine(
                    l -> new ReportLine(l.kind(), l.description(), BigDecimal.ZERO, l.unitPrice())),
                "lines[0].quantity",
                "Enter a quantity above 0, up to 999."),
            new Case(
                withLine(
                    l ->
                        new ReportLine(
                            l.kind(), l.description(), new BigDecimal("0.001"), l.unitPrice())),
                "lines[0].quantity",
                "Enter a quantity above 0, up to 999."),
            new Case(
                withLine(
                    l ->
                        new ReportLine(
                            l.kind(), l.description(), new BigDecimal("1000"), l.unitPrice())),
                "lines[0].quantity",
                "Enter a quantity above 0, up to 999."),
            new Case(
                withLine(
                    l ->
                        new ReportLine(
                            l.kind(), l.description(), l.quantity(), new Money(-1, "CAD"))),
                "lines[0].unitPrice",
                "Enter a price from 0 to 100,000."),
            new Case(
                withLine(
                    l ->
                        new ReportLine(
                            l.kind(), l.description(), l.quantity(), new Money(8950, "USD"))),
                "lines[0].unitPrice",
                "Enter the price in CAD."),
            new Case(
                withLines(draft, Collections.nCopies(21, draft.lines().get(0))),
                "lines",
                "A summary has at most 20 lines."),
            new Case(
                fixture.draft(fixture.retired()),
                "repairServiceId",
                "Pick one of the shop’s in-shop services."),
            new Case(
                fixture.draft(fixture.consult().chat()),
                "repairServiceId",
                "Pick one of the shop’s in-shop services."),
            new Case(
                new ReportDraft(
                    "Worn pads",
                    "",
                    List.of(),
                    "",
                    ReportUrgency.SOON,
                    null,
                    List.of("session-photos/someone-elses")),
                "photos",
                "Pick photos from this session."),
            new Case(
                new ReportDraft(
                    "Worn pads",
                    "",
                    List.of(),
                    "",
                    ReportUrgency.SOON,
                    null,
                    Collections.nCopies(7, fixture.photoKeys().get(0))),
                "photos",
                "Attach at most 6 photos."));
    for (Case each : cases) {
      InvalidRequestException refused = refusal(each.draft());
      assertThat(refused.field()).as(each.message()).isEqualTo(each.field());
      assertThat(refused.getMessage()).isEqualTo(each.message());
    }
    Integer stored =
        jdbc.queryForObject(
            "select count(*) from consult_reports where session_id = ?",
            Integer.class,
            fixture.session());
    assertThat(stored).isZero();
  }

  @Test
  void twentyLinesAndSixPhotosAreAllowed() {
    ReportDraft draft = fixture.draft();
    List<ReportLine> twenty = new ArrayList<>(Collections.nCopies(20, draft.lines().get(0)));
    as(fixture.mechanicEmail());
    reports.save(fixture.session(), withLines(draft, twenty));
    assertThat(reports.draft(fixture.session()).lines()).hasSize(20);
  }

  @Test
  void onlyTheMechanicWhoTookTheSessionWritesItsSummary() {
    as(fixture.consult().beaEmail());
    assertThatThrownBy(() -> reports.draft(fixture.session()))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("We couldn’t find that session.");
    assertThatThrownBy(() -> reports.save(fixture.session(), fixture.draft()))
        .isInstanceOf(NotFoundException.class);
    as(fixture.customerEmail());
    assertThatThrownBy(() -> reports.save(fixture.session(), fixture.draft()))
        .isInstanceOf(AccessDeniedException.class);
    as(fixture.consult().shop().ownerEmail());
    assertThatThrownBy(() -> reports.send(fixture.session()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void thereIsNoSummaryToWriteBeforeTheSessionEndsNorForOneNobodyTook() {
    as(fixture.customerEmail());
    UUID running = live.request(fixture.consult().request("It pulls to the left."));
    as(fixture.mechanicEmail());
    queue.claim(running);
    assertThatThrownBy(() -> reports.save(running, fixture.draft()))
        .isInstanceOf(ConflictException.class)
        .hasMessage("You can write the summary once the session has ended.");
    as(fixture.customerEmail());
    live.end(running);

    UUID expired = live.request(fixture.consult().request("A light on the dashboard."));
    clock.advance(Duration.ofMinutes(16));
    watch.expireUnclaimed();
    as(fixture.mechanicEmail());
    assertThatThrownBy(() -> reports.draft(expired)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aSentSummaryReachesItsCustomerAndCanNoLongerChange() {
    as(fixture.customerEmail());
    assertThatThrownBy(() -> reports.forReader(fixture.session()))
        .isInstanceOf(NotFoundException.class);
    as(fixture.mechanicEmail());
    reports.save(fixture.session(), fixture.draft());
    as(fixture.customerEmail());
    assertThatThrownBy(() -> reports.forReader(fixture.session()))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("We couldn’t find that summary.");

    as(fixture.mechanicEmail());
    reports.send(fixture.session());

    assertThat(events.stream(SessionReportSent.class))
        .singleElement()
        .satisfies(
            sent -> {
              assertThat(sent.sessionId()).isEqualTo(fixture.session());
              assertThat(sent.shopId()).isEqualTo(fixture.consult().shop().shopId());
              assertThat(sent.customerId()).isEqualTo(fixture.consult().customerId());
              assertThat(sent.mechanicId()).isEqualTo(fixture.consult().shop().alex());
            });
    assertThat(reports.sent(fixture.session())).get().extracting(SessionReport::sentAt).isNotNull();
    assertThatThrownBy(() -> reports.save(fixture.session(), fixture.draft()))
        .isInstanceOf(ConflictException.class)
        .hasMessage("This summary was already sent.");
    assertThatThrownBy(() -> reports.send(fixture.session()))
        .isInstanceOf(ConflictException.class)
        .hasMessage("This summary was already sent.");
    assertThat(events.stream(SessionReportSent.class)).hasSize(1);

    as(fixture.customerEmail());
    SessionReport read = reports.forReader(fixture.session());
    assertThat(read.findings()).isEqualTo("The front pads are worn to 2 mm.");
    assertThat(read.mechanicName()).isEqualTo("Alex Martin");
  }

  @Test
  void anUnsavedSummaryCannotBeSent() {
    as(fixture.mechanicEmail());
    assertThatThrownBy(() -> reports.send(fixture.session()))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Save the summary before sending it.");
  }

  @Test
  void theCustomersFirstReadingIsRecordedOnceAndOnlyTheirs() {
    as(fixture.mechanicEmail());
    reports.save(fixture.session(), fixture.draft());
    reports.send(fixture.session());
    reports.forReader(fixture.session());
    as(fixture.consult().shop().ownerEmail());
    assertThat(reports.forReader(fixture.session()).firstOpenedAt()).isNull();
    assertThat(events.stream(SessionReportOpened.class)).isEmpty();

    clock.advance(Duration.ofMinutes(5));
    as(fixture.customerEmail());
    SessionReport first = reports.forReader(fixture.session());
    clock.advance(Duration.ofMinutes(5));
    SessionReport again = reports.forReader(fixture.session());

    assertThat(first.firstOpenedAt()).isNotNull().isEqualTo(again.firstOpenedAt());
    Timestamp stamped =
        jdbc.queryForObject(
            "select first_opened_at from consult_reports where session_id = ?",
            Timestamp.class,
            fixture.session());
    assertThat(stamped.toInstant()).isEqualTo(first.firstOpenedAt());
    assertThat(events.stream(SessionReportOpened.class))
        .singleElement()
        .satisfies(
            opened -> {
              assertThat(opened.sessionId()).isEqualTo(fixture.session());
              assertThat(opened.customerId()).isEqualTo(fixture.consult().customerId());
              assertThat(opened.openedAt()).isEqualTo(first.firstOpenedAt());
            });
  }

  @Test
  void theShopsOwnerAndSupportReadItOtherMechanicsAndStrangersDoNot() {
    as(fixture.mechanicEmail());
    reports.save(fixture.session(), fixture.draft());
    as(fixture.consult().shop().ownerEmail());
    assertThat(reports.forReader(fixture.session()).findings())
        .isEqualTo("The front pads are worn to 2 mm.");
    as(com.otopair.demo.DemoAccounts.ADMIN.email());
    assertThat(reports.forReader(fixture.session()).findings())
        .isEqualTo("The front pads are worn to 2 mm.");
    as(fixture.consult().beaEmail());
    assertThatThrownBy(() -> reports.forReader(fixture.session()))
        .isInstanceOf(NotFoundException.class);
    String stranger = "noah-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test";
    users.createVerifiedUser(stranger, "Noah Gagnon", "CUSTOMER", "a passphrase!");
    as(stranger);
    assertThatThrownBy(() -> reports.forReader(fixture.session()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void listsShowTheCustomerSentSummariesAndTheMechanicTheirPastSessions() {
    as(fixture.mechanicEmail());
    assertThat(reports.past())
        .extracting(p -> p.session().id(), SessionReports.PastSession::report)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(fixture.session(), null));
    reports.save(fixture.session(), fixture.draft());
    assertThat(reports.past().get(0).report())
        .isEqualTo(new ReportHeadline(fixture.session(), ReportUrgency.URGENT, null));
    as(fixture.customerEmail());
    assertThat(reports.headlines(List.of(fixture.session()))).isEmpty();

    as(fixture.mechanicEmail());
    reports.send(fixture.session());
    as(fixture.customerEmail());
    assertThat(reports.headlines(List.of(fixture.session())).get(fixture.session()))
        .extracting(ReportHeadline::urgency, ReportHeadline::sent)
        .containsExactly(ReportUrgency.URGENT, true);
    as(fixture.consult().beaEmail());
    assertThat(reports.headlines(List.of(fixture.session()))).isEmpty();
  }
}

package com.otopair.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.booking.BookingConfirmed;
import com.otopair.booking.PastBookingRecorded;
import com.otopair.consult.ConsultFixtures;
import com.otopair.consult.FollowUpAsked;
import com.otopair.consult.IntakeStarted;
import com.otopair.consult.Intakes;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.SessionReportOpened;
import com.otopair.consult.SessionRequested;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.JobOpened;
import com.otopair.jobs.JobOrigin;
import com.otopair.reviews.ReviewPosted;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.ListenerRuns;
import com.otopair.support.SignIn;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The CRM's listeners: each fact the other modules publish becomes its interaction, with the entry
 * point of the customer's journey, once however often and however concurrently it is delivered.
 */
class InteractionsTest extends IntegrationTest {

  @Autowired InteractionRecording recording;
  @Autowired Interactions interactions;
  @Autowired Intakes intakes;
  @Autowired LiveSessions live;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationEventPublisher events;
  @Autowired JdbcTemplate jdbc;

  ConsultFixtures fixture;
  InteractionRecording listener;
  UUID shop;
  UUID customer;
  Instant now;

  @BeforeEach
  void shopAndCustomer() {
    fixture = ConsultFixtures.create(users, shops, membership);
    listener = ListenerRuns.target(recording);
    shop = fixture.shop().shopId();
    customer = fixture.customerId();
    now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** The customer's interactions as (kind, subject, shop, entry point, when), oldest first. */
  private List<Map<String, Object>> rows() {
    return jdbc.queryForList(
        "select kind, subject_id, shop_id, entry_point, occurred_at from crm_interactions"
            + " where customer_id = ? order by occurred_at, kind",
        customer);
  }

  private int rowsOf(UUID subject) {
    return jdbc.queryForObject(
        "select count(*) from crm_interactions where subject_id = ?", Integer.class, subject);
  }

  private Map<String, Object> rowOf(InteractionKind kind, UUID subject) {
    return jdbc.queryForMap(
        "select customer_id, shop_id, entry_point, occurred_at from crm_interactions"
            + " where kind = ? and subject_id = ?",
        kind.name(),
        subject);
  }

  private Instant occurredAt(InteractionKind kind, UUID subject) {
    return ((Timestamp) rowOf(kind, subject).get("occurred_at")).toInstant();
  }

  private void run(Runnable onEvent) {
    transactions.executeWithoutResult(tx -> onEvent.run());
  }

  @Test
  void eachFactBecomesItsInteractionWithTheEntryPointOfTheIntake() {
    UUID intake = UUID.randomUUID();
    UUID session = UUID.randomUUID();
    UUID booked = UUID.randomUUID();
    UUID question = UUID.randomUUID();
    UUID review = UUID.randomUUID();
    UUID mechanic = fixture.shop().alex();

    run(() -> listener.on(new IntakeStarted(intake, shop, fixture.chat(), customer, "talk", now)));
    // A session gone from consult (none with this id) counts when it is delivered.
    clock.advance(Duration.ofMinutes(2));
    Instant requested = clock.instant();
    run(() -> listener.on(new SessionRequested(session, shop, customer)));
    run(
        () ->
            listener.on(
                new SessionReportOpened(
                    session, shop, customer, mechanic, now.plus(Duration.ofHours(1)))));
    clock.advance(Duration.ofHours(2));
    Instant booking = clock.instant();
    run(
        () ->
            listener.on(
                new BookingConfirmed(
                    booked, shop, mechanic, customer, now.plus(Duration.ofDays(3)), null)));
    run(
        () ->
            listener.on(
                new FollowUpAsked(
                    question,
                    session,
                    shop,
                    customer,
                    mechanic,
                    now.plus(Duration.ofHours(3)),
                    now.plus(Duration.ofHours(4)))));
    run(
        () ->
            listener.on(
                new ReviewPosted(
                    review,
                    shop,
                    mechanic,
                    customer,
                    null,
                    session,
                    5,
                    true,
                    now.plus(Duration.ofHours(5)))));

    // A session consult no longer has, and a booking (its event says when the visit is), count
    // when they are delivered.
    assertThat(occurredAt(InteractionKind.SESSION, session))
        .isBetween(requested, requested.plusSeconds(60));
    assertThat(occurredAt(InteractionKind.BOOKING, booked))
        .isBetween(booking, booking.plusSeconds(60));
    assertThat(rows())
        .extracting(
            row -> row.get("kind"),
            row -> row.get("subject_id"),
            row -> row.get("shop_id"),
            row -> row.get("entry_point"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("INTAKE_STARTED", intake, shop, "TALK_NOW"),
            org.assertj.core.groups.Tuple.tuple("SESSION", session, shop, "TALK_NOW"),
            org.assertj.core.groups.Tuple.tuple("SUMMARY_VIEWED", session, shop, "TALK_NOW"),
            org.assertj.core.groups.Tuple.tuple("BOOKING", booked, shop, "TALK_NOW"),
            org.assertj.core.groups.Tuple.tuple("FOLLOW_UP", question, shop, "TALK_NOW"),
            org.assertj.core.groups.Tuple.tuple("REVIEW", review, shop, "TALK_NOW"));
    assertThat(occurredAt(InteractionKind.INTAKE_STARTED, intake)).isEqualTo(now);
    assertThat(occurredAt(InteractionKind.SUMMARY_VIEWED, session))
        .isEqualTo(now.plus(Duration.ofHours(1)));
    assertThat(occurredAt(InteractionKind.FOLLOW_UP, question))
        .isEqualTo(now.plus(Duration.ofHours(3)));
    assertThat(occurredAt(InteractionKind.REVIEW, review)).isEqualTo(now.plus(Duration.ofHours(5)));
  }

  @Test
  void aMovedBookingIsNotANewOne() {
    UUID moved = UUID.randomUUID();

    run(
        () ->
            listener.on(
                new BookingConfirmed(
                    moved, shop, fixture.shop().alex(), customer, now, UUID.randomUUID())));

    assertThat(rowsOf(moved)).isZero();
  }

  @Test
  void eachListenerRunTwiceAndTwiceAtOnceRecordsOnce() throws Exception {
    UUID session = UUID.randomUUID();
    UUID mechanic = fixture.shop().alex();
    var intake = new IntakeStarted(UUID.randomUUID(), shop, fixture.chat(), customer, "shop", now);
    var requested = new SessionRequested(session, shop, customer);
    var opened = new SessionReportOpened(session, shop, customer, mechanic, now);
    var booking = new BookingConfirmed(UUID.randomUUID(), shop, mechanic, customer, now, null);
    var asked = new FollowUpAsked(UUID.randomUUID(), session, shop, customer, mechanic, now, now);
    var review =
        new ReviewPosted(
            UUID.randomUUID(), shop, mechanic, customer, booking.bookingId(), null, 4, true, now);

    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(intake));
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(requested));
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(opened));
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(booking));
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(asked));
    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(review));

    assertThat(rowsOf(intake.intakeId())).isOne();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from crm_interactions where subject_id = ? and kind = 'SESSION'",
                Integer.class,
                session))
        .isOne();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from crm_interactions where subject_id = ?"
                    + " and kind = 'SUMMARY_VIEWED'",
                Integer.class,
                session))
        .isOne();
    assertThat(rowsOf(booking.bookingId())).isOne();
    assertThat(rowsOf(asked.questionId())).isOne();
    assertThat(rowsOf(review.reviewId())).isOne();
    assertThat(rows()).hasSize(6);
  }

  @Test
  void aVisitOfThePastRecordedAfterwardsIsABookingWhenItWasMadeOnce() throws Exception {
    var recorded =
        new PastBookingRecorded(UUID.randomUUID(), shop, customer, now.minus(Duration.ofDays(40)));

    ListenerRuns.twiceInARowAndTwiceAtOnce(transactions, () -> listener.on(recorded));

    assertThat(rowsOf(recorded.bookingId())).isOne();
    assertThat(occurredAt(InteractionKind.BOOKING, recorded.bookingId()))
        .isEqualTo(recorded.confirmedAt());
  }

  /**
   * The outbox keeps a publication only for the listeners that act on the fact, decided when it is
   * published: a job a booking opened and a visit of the past cost no transaction of their own to
   * listeners with nothing to do (the demo's history publishes hundreds of each).
   */
  @Test
  void onlyListenersThatActOnAFactGetItsPublication() {
    UUID job = UUID.randomUUID();
    UUID phoned = UUID.randomUUID();
    UUID visit = UUID.randomUUID();
    Map<String, Integer> stored =
        transactions.execute(
            tx -> {
              events.publishEvent(new JobOpened(job, shop, customer, JobOrigin.BOOKING, now));
              events.publishEvent(new JobOpened(phoned, shop, customer, JobOrigin.PHONE, now));
              events.publishEvent(new PastBookingRecorded(visit, shop, customer, now));
              Map<String, Integer> found = new HashMap<>();
              for (UUID subject : List.of(job, phoned, visit)) {
                found.put(
                    subject.toString(),
                    jdbc.queryForObject(
                        "select count(*) from event_publication where serialized_event like ?",
                        Integer.class,
                        "%" + subject + "%"));
              }
              // Nothing of it runs: the publications are only looked at.
              tx.setRollbackOnly();
              return found;
            });

    assertThat(stored)
        .containsEntry(job.toString(), 0)
        .containsEntry(phoned.toString(), 1)
        .containsEntry(visit.toString(), 2);
  }

  @Test
  void laterStepsInheritTheEntryPointOfTheLatestJourneyStartBeforeThem() {
    UUID early = UUID.randomUUID();
    UUID late = UUID.randomUUID();
    interactions.record(
        InteractionKind.INTAKE_STARTED, early, customer, shop, EntryPoint.SHOP_PAGE, now);
    interactions.record(
        InteractionKind.INTAKE_STARTED,
        late,
        customer,
        shop,
        EntryPoint.FIND,
        now.plus(Duration.ofDays(2)));
    UUID between = UUID.randomUUID();
    UUID after = UUID.randomUUID();
    UUID before = UUID.randomUUID();

    interactions.recordStep(
        InteractionKind.SESSION, between, customer, shop, now.plus(Duration.ofDays(1)));
    interactions.recordStep(
        InteractionKind.REVIEW, after, customer, shop, now.plus(Duration.ofDays(3)));
    interactions.recordStep(
        InteractionKind.BOOKING, before, customer, shop, now.minus(Duration.ofDays(1)));

    assertThat(rowOf(InteractionKind.SESSION, between).get("entry_point")).isEqualTo("SHOP_PAGE");
    assertThat(rowOf(InteractionKind.REVIEW, after).get("entry_point")).isEqualTo("FIND");
    assertThat(rowOf(InteractionKind.BOOKING, before).get("entry_point")).isEqualTo("OTHER");
  }

  @Test
  void aStartDeliveredAfterItsStepsStillGivesThemItsEntryPoint() {
    UUID session = UUID.randomUUID();
    UUID review = UUID.randomUUID();
    UUID nextSession = UUID.randomUUID();
    interactions.recordStep(
        InteractionKind.SESSION, session, customer, shop, now.plus(Duration.ofMinutes(5)));
    interactions.recordStep(
        InteractionKind.REVIEW, review, customer, shop, now.plus(Duration.ofDays(2)));
    interactions.record(
        InteractionKind.INTAKE_STARTED,
        UUID.randomUUID(),
        customer,
        shop,
        EntryPoint.PHONE,
        now.plus(Duration.ofDays(1)));
    interactions.recordStep(
        InteractionKind.SESSION, nextSession, customer, shop, now.plus(Duration.ofDays(1)));

    // Delivered late: the intake that came before the first session.
    interactions.record(
        InteractionKind.INTAKE_STARTED, UUID.randomUUID(), customer, shop, EntryPoint.FIND, now);

    assertThat(rowOf(InteractionKind.SESSION, session).get("entry_point")).isEqualTo("FIND");
    assertThat(rowOf(InteractionKind.SESSION, nextSession).get("entry_point")).isEqualTo("PHONE");
    assertThat(rowOf(InteractionKind.REVIEW, review).get("entry_point")).isEqualTo("PHONE");
  }

  @Test
  void anUnknownOrHostileFromIsOther() {
    UUID intake = UUID.randomUUID();
    run(
        () ->
            listener.on(
                new IntakeStarted(
                    intake, shop, fixture.chat(), customer, "<script>alert(1)</script>", now)));

    assertThat(rowOf(InteractionKind.INTAKE_STARTED, intake).get("entry_point")).isEqualTo("OTHER");
    assertThat(EntryPoint.fromParameter("")).isEqualTo(EntryPoint.OTHER);
    for (EntryPoint entry : EntryPoint.values()) {
      assertThat(EntryPoint.fromParameter(entry.parameter())).isEqualTo(entry);
    }
  }

  @Test
  void openingTheIntakeThroughTheServiceRecordsWhereTheCustomerCameFrom() throws Exception {
    SignIn.as(userDetails, fixture.customerEmail());

    assertThat(intakes.start(fixture.slug(), fixture.chat(), "talk")).isPresent();
    assertThat(intakes.start(fixture.slug(), UUID.randomUUID(), "talk")).isEmpty();
    UUID session = live.request(fixture.request("The brakes squeal when cold."));
    SecurityContextHolder.clearContext();

    List<Map<String, Object>> recorded = awaitRows(2);
    assertThat(recorded)
        .extracting(row -> row.get("kind"), row -> row.get("entry_point"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("INTAKE_STARTED", "TALK_NOW"),
            org.assertj.core.groups.Tuple.tuple("SESSION", "TALK_NOW"));
    assertThat(recorded.get(1).get("subject_id")).isEqualTo(session);
  }

  /** Waits for the outbox to deliver the events of a service call to the listeners. */
  private List<Map<String, Object>> awaitRows(int count) throws InterruptedException {
    for (int i = 0; i < 200 && rows().size() < count; i++) {
      Thread.sleep(50);
    }
    return rows();
  }
}

package com.otopair.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.otopair.base.Granularity;
import com.otopair.base.StatRange;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.VehicleDetails;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.JobStats.MechanicWork;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Mechanics' performance read from the times and the billed total the job's transitions keep on the
 * job, for jobs moved through their states by the services, against a recount from the jobs'
 * history and lines.
 */
class JobStatsTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired JobStats stats;
  @Autowired BookingHolds bookings;
  @Autowired JobBoard board;
  @Autowired JobIntake intake;
  @Autowired JobWorkflow workflow;
  @Autowired JobEstimate estimates;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcClient jdbc;

  BookingFixtures fixture;
  UUID shopId;
  String owner;
  String customer;
  LocalDate monday;

  @BeforeEach
  void shop() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    shopId = fixture.shop().shopId();
    owner = fixture.shop().ownerEmail();
    customer = BookingFixtures.customers(users, 1).getFirst();
    monday = TestDays.nextMonday(clock, TORONTO);
  }

  private Instant at(int hour, int minute) {
    return monday.atTime(hour, minute).atZone(TORONTO).toInstant();
  }

  /** Moves the clock forward to {@code hour:minute} on Monday in Toronto. */
  private void timeIs(int hour, int minute) {
    clock.advance(Duration.between(clock.instant(), at(hour, minute)));
  }

  private void as(String email) {
    SignIn.as(userDetails, email);
  }

  private UUID booked(UUID mechanic, Instant start) {
    as(customer);
    var held = bookings.hold(shopId, fixture.oilChange(), mechanic, start);
    bookings.confirm(
        held.id(),
        new BookingDetails(
            new VehicleDetails(null, 2019, "Toyota", "Corolla", null, ""),
            "Oil light on",
            "+1 514 555 0123"));
    return Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              as(customer);
              return board.forMyBooking(held.id());
            },
            Optional::isPresent)
        .orElseThrow()
        .job()
        .id();
  }

  private UUID walkIn(UUID mechanic) {
    as(owner);
    UUID id =
        intake
            .open(
                shopId,
                new NewJob(
                    JobOrigin.WALK_IN, "Casey", customer, null, "2016 Honda Civic", "Brakes", ""))
            .id();
    workflow.assign(id, mechanic);
    return id;
  }

  private void move(UUID job, JobStatus to) {
    as(owner);
    workflow.move(job, to, "");
  }

  /** A line the shop adds and the customer approves or declines. */
  private void line(UUID job, String quantity, long unitPrice, boolean approve) {
    decide(job, added(job, quantity, unitPrice), approve);
  }

  /** A line the shop adds to the estimate, waiting for the customer. */
  private UUID added(UUID job, String quantity, long unitPrice) {
    as(owner);
    var draft = new LineDraft(LineKind.LABOUR, "Work", new BigDecimal(quantity), unitPrice);
    return estimates.addLine(job, draft).lines().getLast().id();
  }

  private void decide(UUID job, UUID line, boolean approve) {
    as(customer);
    estimates.decide(job, line, approve);
  }

  private Map<String, Object> row(UUID job) {
    return jdbc.sql("select started_at, completed_at, billed_minor from jobs where id = ?")
        .param(job)
        .query()
        .singleRow();
  }

  /** The mechanics' numbers counted the slow way: the jobs' history and their lines. */
  private java.util.List<MechanicWork> recount(StatRange range) {
    Map<String, Object> parameters = range.sqlParameters();
    parameters.put("shop", shopId);
    parameters.put("onTime", JobStats.ON_TIME_MINUTES + " minutes");
    return jdbc.sql(
            """
            with done as (
                select e.job_id from job_events e
                where e.to_status = 'COMPLETED' and e.at >= :start and e.at < :end
                group by e.job_id
            )
            select j.mechanic_id,
                count(*) as completed,
                coalesce(round(sum(extract(epoch from b.ends_at - b.starts_at) / 60)), 0) as minutes,
                coalesce(sum((select round(sum(l.quantity * l.unit_price_minor)) from job_lines l
                    where l.job_id = j.id and l.approval = 'APPROVED')), 0) as billed,
                count(s.started) as timed,
                count(*) filter (where s.started <= b.starts_at + cast(:onTime as interval)) as on_time
            from done d
            join jobs j on j.id = d.job_id
            left join bookings b on b.id = j.booking_id
            left join lateral (
                select min(e2.at) as started from job_events e2
                where e2.job_id = j.id and e2.to_status = 'IN_PROGRESS'
            ) s on b.id is not null
            where j.status = 'COMPLETED' and j.mechanic_id is not null and j.shop_id = :shop
            group by j.mechanic_id order by completed desc, j.mechanic_id
            """)
        .params(parameters)
        .query(
            (r, n) ->
                new MechanicWork(
                    r.getObject("mechanic_id", UUID.class),
                    r.getLong("completed"),
                    r.getLong("minutes"),
                    r.getLong("billed"),
                    r.getLong("timed"),
                    r.getLong("on_time")))
        .list();
  }

  @Test
  void theJobKeepsItsFirstStartItsCompletionAndWhatItBilled() {
    UUID bea = fixture.shop().bea();
    UUID paused = booked(bea, at(9, 0));
    UUID open = walkIn(fixture.shop().alex());

    timeIs(8, 50);
    move(paused, JobStatus.ACCEPTED);
    move(open, JobStatus.ACCEPTED);
    assertThat(row(paused)).containsEntry("started_at", null).containsEntry("completed_at", null);
    timeIs(9, 5);
    move(paused, JobStatus.IN_PROGRESS);
    line(paused, "1.5", 9999, true);
    line(paused, "1", 8000, false);
    timeIs(9, 20);
    move(paused, JobStatus.WAITING_PARTS);
    timeIs(9, 40);
    move(paused, JobStatus.IN_PROGRESS);
    move(open, JobStatus.IN_PROGRESS);
    timeIs(10, 30);
    move(paused, JobStatus.COMPLETED);

    // The resume at 9:40 does not move the start; 1.5 × 99.99 rounds half away from zero.
    assertThat(instant(paused, "started_at")).isBetween(at(9, 5), at(9, 6));
    assertThat(instant(paused, "completed_at")).isBetween(at(10, 30), at(10, 31));
    assertThat(row(paused)).containsEntry("billed_minor", 14_999L);
    assertThat(instant(open, "started_at")).isBetween(at(9, 40), at(9, 41));
    assertThat(row(open)).containsEntry("completed_at", null).containsEntry("billed_minor", null);
    // The moments the history records (the same clock, read a few microseconds apart).
    assertThat(instant(paused, "started_at"))
        .isCloseTo(history(paused, "min", "IN_PROGRESS"), within(1, ChronoUnit.SECONDS));
    assertThat(instant(paused, "completed_at"))
        .isCloseTo(history(paused, "max", "COMPLETED"), within(1, ChronoUnit.SECONDS));
  }

  private Instant instant(UUID job, String column) {
    return ((Timestamp) row(job).get(column)).toInstant();
  }

  /** The first or last move of the job to {@code status} in its history. */
  private Instant history(UUID job, String which, String status) {
    return jdbc.sql(
            "select " + which + "(at) as at from job_events where job_id = ? and to_status = ?")
        .param(job)
        .param(status)
        .query(Timestamp.class)
        .single()
        .toInstant();
  }

  @Test
  void mechanicsNumbersEqualARecountFromTheHistoryAndTheLines() {
    UUID bea = fixture.shop().bea();
    UUID alex = fixture.shop().alex();
    UUID onTime = booked(bea, at(9, 0));
    UUID late = booked(alex, at(10, 0));
    UUID walkIn = walkIn(alex);
    UUID unfinished = walkIn(alex);
    UUID cancelled = walkIn(bea);

    timeIs(8, 50);
    for (UUID job : new UUID[] {onTime, late, walkIn, unfinished}) {
      move(job, JobStatus.ACCEPTED);
    }
    // Started at 9:05 (on time), paused for an approval, resumed by it at 9:40.
    timeIs(9, 5);
    move(onTime, JobStatus.IN_PROGRESS);
    line(onTime, "1.5", 9999, true);
    line(onTime, "1", 8000, false);
    UUID more = added(onTime, "2", 1250);
    move(onTime, JobStatus.WAITING_APPROVAL);
    timeIs(9, 40);
    decide(onTime, more, true);
    move(onTime, JobStatus.COMPLETED);
    // Started 25 minutes late.
    timeIs(10, 25);
    move(late, JobStatus.IN_PROGRESS);
    line(late, "1", 12_000, true);
    timeIs(11, 0);
    move(late, JobStatus.COMPLETED);
    move(walkIn, JobStatus.IN_PROGRESS);
    line(walkIn, "0.25", 3333, true);
    move(unfinished, JobStatus.IN_PROGRESS);
    line(unfinished, "1", 5000, true);
    move(cancelled, JobStatus.CANCELLED);
    timeIs(23, 50);
    move(walkIn, JobStatus.COMPLETED);
    UUID pastMidnight = walkIn(bea);
    move(pastMidnight, JobStatus.ACCEPTED);
    move(pastMidnight, JobStatus.IN_PROGRESS);
    line(pastMidnight, "1", 4200, true);
    clock.advance(Duration.ofMinutes(20));
    move(pastMidnight, JobStatus.COMPLETED);

    as(owner);
    StatRange day = new StatRange(monday, monday, TORONTO, Granularity.DAY);
    var mechanics = stats.byMechanic(shopId, "CAD", day, 20);

    assertThat(mechanics)
        .containsExactly(
            new MechanicWork(alex, 2, 60, 12_000 + 833, 1, 0),
            new MechanicWork(bea, 1, 60, 14_999 + 2500, 1, 1));
    assertThat(mechanics).isEqualTo(recount(day));
    assertThat(stats.byMechanic(shopId, "CAD", day, 1)).containsExactly(mechanics.getFirst());
    StatRange tuesday =
        new StatRange(monday.plusDays(1), monday.plusDays(1), TORONTO, Granularity.DAY);
    assertThat(stats.byMechanic(shopId, "CAD", tuesday, 20))
        .containsExactly(new MechanicWork(bea, 1, 0, 4200, 0, 0))
        .isEqualTo(recount(tuesday));
    StatRange sunday =
        new StatRange(monday.minusDays(1), monday.minusDays(1), TORONTO, Granularity.DAY);
    assertThat(stats.byMechanic(shopId, "CAD", sunday, 20)).isEmpty();
    assertThat(stats.byMechanic(shopId, "USD", day, 20)).isEmpty();
    // Days that do not begin on a quarter hour are read from the jobs themselves: the same.
    StatRange offQuarters =
        new StatRange(
            monday, monday.plusDays(1), ZoneOffset.ofHoursMinutes(-5, -7), Granularity.DAY);
    assertThat(JobStats.onQuarters(offQuarters)).isFalse();
    assertThat(stats.byMechanic(shopId, "CAD", offQuarters, 20))
        .isEqualTo(recount(offQuarters))
        .hasSize(2);
  }

  @Test
  void aCompletedJobMovedToAnotherMechanicMovesItsNumbers() {
    UUID bea = fixture.shop().bea();
    UUID alex = fixture.shop().alex();
    UUID first = walkIn(alex);
    UUID second = walkIn(alex);
    timeIs(9, 0);
    for (UUID job : new UUID[] {first, second}) {
      move(job, JobStatus.ACCEPTED);
      move(job, JobStatus.IN_PROGRESS);
      line(job, "1", 5000, true);
      move(job, JobStatus.COMPLETED);
    }
    as(owner);
    StatRange day = new StatRange(monday, monday, TORONTO, Granularity.DAY);
    assertThat(stats.byMechanic(shopId, "CAD", day, 20))
        .containsExactly(new MechanicWork(alex, 2, 0, 10_000, 0, 0));

    // A correction made after the fact (an admin's script): the database takes the job's part out
    // of Alex's quarter and adds it to Bea's, in the same statement.
    jdbc.sql("update jobs set mechanic_id = :bea where id = :job")
        .param("bea", bea)
        .param("job", second)
        .update();

    assertThat(stats.byMechanic(shopId, "CAD", day, 20))
        .containsExactlyInAnyOrder(
            new MechanicWork(alex, 1, 0, 5000, 0, 0), new MechanicWork(bea, 1, 0, 5000, 0, 0))
        .containsExactlyInAnyOrderElementsOf(recount(day));
  }
}

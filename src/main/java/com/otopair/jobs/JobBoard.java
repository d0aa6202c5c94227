package com.otopair.jobs;

import com.otopair.base.CurrentUser;
import com.otopair.base.Searches;
import com.otopair.base.SignedInUser;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.jobs.domain.Job;
import com.otopair.jobs.domain.JobRepository;
import com.otopair.shops.ShopMembership;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading jobs: a shop's board for its owner and mechanics, one job for a member of its shop or its
 * customer, the job of a customer's booking, any job for an admin.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class JobBoard {

  /** What the board shows of closed jobs: those closed in the last days. */
  public static final int CLOSED_DAYS_ON_BOARD = 14;

  private static final Set<JobStatus> OPEN =
      EnumSet.complementOf(EnumSet.of(JobStatus.COMPLETED, JobStatus.CANCELLED));

  private final JobRepository jobs;
  private final JobAccess access;
  private final JobReads reads;
  private final ShopMembership membership;
  private final UserContacts contacts;
  private final Clock clock;

  JobBoard(
      JobRepository jobs,
      JobAccess access,
      JobReads reads,
      ShopMembership membership,
      UserContacts contacts,
      Clock clock) {
    this.jobs = jobs;
    this.access = access;
    this.reads = reads;
    this.membership = membership;
    this.contacts = contacts;
    this.clock = clock;
  }

  /**
   * The shop's board: open jobs and those closed in the last {@value #CLOSED_DAYS_ON_BOARD} days
   * that match the filter. An owner sees every job; a mechanic their own and the unassigned
   * requests they may accept.
   */
  public List<JobSummary> board(UUID shopId, JobFilter filter) {
    boolean owner = membership.requireMember(shopId).owner();
    SignedInUser me = CurrentUser.require();
    ZoneId zone = membership.zoneOf(shopId);
    Instant closedSince = clock.instant().minus(Duration.ofDays(CLOSED_DAYS_ON_BOARD));
    String text = Searches.text(filter.text());
    List<Job> found =
        jobs.onBoard(shopId, OPEN, closedSince).stream()
            .filter(
                j ->
                    owner
                        || me.id().equals(j.getMechanicId())
                        || j.getMechanicId() == null && j.getStatus() == JobStatus.REQUESTED)
            .filter(j -> filter.statuses().isEmpty() || filter.statuses().contains(j.getStatus()))
            .filter(
                j -> filter.mechanicId() == null || filter.mechanicId().equals(j.getMechanicId()))
            .filter(j -> within(j, filter.from(), filter.to(), zone))
            .filter(
                j ->
                    text.isEmpty()
                        || (j.getTitle()
                                + " "
                                + j.getCustomerName()
                                + " "
                                + j.getVehicle()
                                + " J-"
                                + j.getNumber())
                            .toLowerCase(Locale.ROOT)
                            .contains(text))
            .toList();
    return reads.summaries(found);
  }

  /** One job of a mechanic's day: the job, its time and its shop's zone (to show the time in). */
  public record DayJob(JobSummary job, Instant at, ZoneId zone) {}

  /**
   * The signed-in mechanic's jobs today, at every shop they work at, in the order of their time:
   * the jobs given to them that are scheduled today or, without a time (walk-ins, phone calls),
   * were opened today, "today" being each shop's day in its zone. Cancelled jobs are left out.
   */
  public List<DayJob> myDay() {
    UUID me = CurrentUser.require().id();
    Instant now = clock.instant();
    List<DayJob> day = new ArrayList<>();
    membership
        .workplaces(me)
        .forEach(
            (shopId, zone) -> {
              LocalDate today = LocalDate.ofInstant(now, zone);
              List<Job> found =
                  jobs.ofMechanicBetween(
                      me,
                      shopId,
                      today.atStartOfDay(zone).toInstant(),
                      today.plusDays(1).atStartOfDay(zone).toInstant());
              for (JobSummary job : reads.summaries(found)) {
                Instant at = job.scheduledAt() != null ? job.scheduledAt() : job.createdAt();
                day.add(new DayJob(job, at, zone));
              }
            });
    day.sort(Comparator.comparing(DayJob::at).thenComparing(d -> d.job().number()));
    return day;
  }

  /** A job with its estimate and timeline, for a member of its shop or its customer. */
  public JobDetails job(UUID jobId) {
    UUID me = CurrentUser.require().id();
    Job job = access.any(jobId);
    boolean member = membership.isMember(job.getShopId(), me);
    if (!member && !job.getCustomerId().equals(me)) {
      throw JobAccess.notFound();
    }
    return reads.details(job, member);
  }

  /** Any job with everything on it, for an admin looking into it. */
  @PreAuthorize("hasRole('ADMIN')")
  public JobDetails forAdmin(UUID jobId) {
    return reads.details(access.any(jobId), true);
  }

  /** The job of the customer's booking, if the shop has one. */
  public Optional<JobDetails> forMyBooking(UUID bookingId) {
    UUID me = CurrentUser.require().id();
    return jobs.findByBookingId(bookingId)
        .filter(j -> j.getCustomerId().equals(me))
        .map(j -> reads.details(j, false));
  }

  /** Whether the signed-in user owns the shop (and so may assign and cancel). */
  public boolean runsShop(UUID shopId) {
    return membership.isOwner(shopId, CurrentUser.require().id());
  }

  /** The mechanics a job of the shop can be given to, by name. */
  public List<UserContact> mechanics(UUID shopId) {
    membership.requireMember(shopId);
    return contacts.findAll(membership.mechanicsOf(shopId));
  }

  private static boolean within(
      Job job, @Nullable LocalDate from, @Nullable LocalDate to, ZoneId zone) {
    LocalDate day =
        (job.getScheduledAt() != null ? job.getScheduledAt() : job.getCreatedAt())
            .atZone(zone)
            .toLocalDate();
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }
}

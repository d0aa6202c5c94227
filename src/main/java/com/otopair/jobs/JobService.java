package com.otopair.jobs;

import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.FileStore;
import com.otopair.base.Images;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.NotAllowedException;
import com.otopair.base.NotFoundException;
import com.otopair.base.PlainText;
import com.otopair.base.Searches;
import com.otopair.base.SignedInUser;
import com.otopair.base.TransactionLocks;
import com.otopair.booking.ManageLinks;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.domain.Job;
import com.otopair.jobs.domain.JobEvent;
import com.otopair.jobs.domain.JobEventRepository;
import com.otopair.jobs.domain.JobLine;
import com.otopair.jobs.domain.JobLineRepository;
import com.otopair.jobs.domain.JobPhoto;
import com.otopair.jobs.domain.JobPhotoRepository;
import com.otopair.jobs.domain.JobRepository;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopMembership;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shop's work orders. An owner runs every job of their shop: opens walk-in and phone jobs,
 * assigns mechanics, edits estimates, moves jobs along; a mechanic accepts and works their own
 * jobs; the customer follows their job and approves or declines each estimate line. Every change is
 * one transaction, recorded on the job's timeline, and pushed to open boards.
 */
@Service
@Transactional
public class JobService {

  /** What the board shows of closed jobs: those closed in the last days. */
  public static final int CLOSED_DAYS_ON_BOARD = 14;

  private final JobRepository jobs;
  private final JobLineRepository lines;
  private final JobEventRepository timeline;
  private final JobPhotoRepository photos;
  private final FileStore files;
  private final ShopMembership membership;
  private final ServiceMenu menu;
  private final UserContacts contacts;
  private final UserProvisioning customers;
  private final ManageLinks bookingPages;
  private final JobLinks jobLinks;
  private final JdbcTemplate jdbc;
  private final TransactionLocks locks;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  JobService(
      JobRepository jobs,
      JobLineRepository lines,
      JobEventRepository timeline,
      JobPhotoRepository photos,
      FileStore files,
      ShopMembership membership,
      ServiceMenu menu,
      UserContacts contacts,
      UserProvisioning customers,
      ManageLinks bookingPages,
      JobLinks jobLinks,
      JdbcTemplate jdbc,
      TransactionLocks locks,
      Clock clock,
      ApplicationEventPublisher events) {
    this.jobs = jobs;
    this.lines = lines;
    this.timeline = timeline;
    this.photos = photos;
    this.files = files;
    this.membership = membership;
    this.menu = menu;
    this.contacts = contacts;
    this.customers = customers;
    this.bookingPages = bookingPages;
    this.jobLinks = jobLinks;
    this.jdbc = jdbc;
    this.locks = locks;
    this.clock = clock;
    this.events = events;
  }

  // --- reading

  /**
   * The shop's board: open jobs and those closed in the last {@value #CLOSED_DAYS_ON_BOARD} days
   * that match the filter. An owner sees every job; a mechanic their own and the unassigned
   * requests they may accept.
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<JobSummary> board(UUID shopId, JobFilter filter) {
    SignedInUser me = CurrentUser.require();
    boolean owner = requireMember(shopId, me);
    ZoneId zone = membership.zoneOf(shopId);
    Instant closedSince = clock.instant().minus(Duration.ofDays(CLOSED_DAYS_ON_BOARD));
    String text = Searches.text(filter.text());
    List<Job> found =
        jobs.onBoard(shopId, open(), closedSince).stream()
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
    return summaries(found);
  }

  /** A job with its estimate and timeline, for a member of its shop or its customer. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public JobDetails job(UUID jobId) {
    SignedInUser me = CurrentUser.require();
    Job job = jobs.findById(jobId).orElseThrow(JobService::notFound);
    boolean member = membership.isMember(job.getShopId(), me.id());
    if (!member && !job.getCustomerId().equals(me.id())) {
      throw notFound();
    }
    return details(job, member);
  }

  /** Any job with everything on it, for an admin looking into it. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public JobDetails forAdmin(UUID jobId) {
    return details(jobs.findById(jobId).orElseThrow(JobService::notFound), true);
  }

  /** The job of the customer's booking, if the shop has one. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public Optional<JobDetails> forMyBooking(UUID bookingId) {
    UUID me = CurrentUser.require().id();
    return jobs.findByBookingId(bookingId)
        .filter(j -> j.getCustomerId().equals(me))
        .map(j -> details(j, false));
  }

  /** Whether the signed-in user owns the shop (and so may assign and cancel). */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public boolean runsShop(UUID shopId) {
    return membership.isOwner(shopId, CurrentUser.require().id());
  }

  /** The mechanics a job of the shop can be given to, by name. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<UserContact> mechanics(UUID shopId) {
    requireMember(shopId, CurrentUser.require());
    return contacts.findAll(membership.mechanicsOf(shopId));
  }

  // --- changing

  /** Opens a walk-in or phone job; the customer is found by email or phone, or created. */
  @PreAuthorize("isAuthenticated()")
  public JobSummary open(UUID shopId, NewJob draft) {
    SignedInUser me = CurrentUser.require();
    requireOwner(shopId, me);
    if (draft.origin() == JobOrigin.BOOKING) {
      throw new InvalidRequestException("origin", "Jobs from bookings open themselves");
    }
    String title = required("title", draft.title(), 120, "Say what the job is, like Brake noise");
    PlainText.requireLine("vehicle", draft.vehicle());
    PlainText.requireLines("description", draft.description());
    String vehicle = draft.vehicle().strip();
    if (vehicle.length() > 120) {
      throw new InvalidRequestException("vehicle", "Keep the vehicle under 120 characters");
    }
    // The shop names the customer itself: an email or phone never reveals whose account it is.
    String customerName =
        required("customerName", draft.customerName(), 120, "Enter the customer's name");
    UUID customerId =
        customers.findOrCreateCustomer(customerName, draft.customerEmail(), draft.customerPhone());
    Job job =
        create(
            shopId,
            customerId,
            customerName,
            vehicle,
            title,
            draft.description().strip(),
            draft.origin(),
            null,
            null,
            null,
            me.id(),
            me.displayName());
    return summaries(List.of(job)).getFirst();
  }

  /**
   * Moves a job to {@code target} with a comment. Illegal moves are refused saying where the job
   * can go; a mechanic moves only their own jobs (accepting an unassigned request makes it theirs)
   * and never cancels.
   */
  @PreAuthorize("isAuthenticated()")
  public JobSummary move(UUID jobId, JobStatus target, String comment) {
    SignedInUser me = CurrentUser.require();
    Job job = memberJob(jobId, me);
    boolean owner = membership.isOwner(job.getShopId(), me.id());
    JobStatus from = job.getStatus();
    if (from == target) {
      throw new ConflictException("This job is already " + from.label().toLowerCase(Locale.ROOT));
    }
    if (!from.canMoveTo(target)) {
      throw new ConflictException(
          "A job that is "
              + from.label().toLowerCase(Locale.ROOT)
              + " can't become "
              + target.label().toLowerCase(Locale.ROOT)
              + (from.next().isEmpty()
                  ? ""
                  : "; it can become "
                      + from.next().stream()
                          .map(s -> s.label().toLowerCase(Locale.ROOT))
                          .collect(Collectors.joining(" or "))));
    }
    if (!owner) {
      if (target == JobStatus.CANCELLED) {
        throw new NotAllowedException("Only the shop's owner cancels a job");
      }
      boolean takesRequest =
          job.getMechanicId() == null
              && from == JobStatus.REQUESTED
              && target == JobStatus.ACCEPTED;
      if (!me.id().equals(job.getMechanicId()) && !takesRequest) {
        throw new NotAllowedException(
            "This job is someone else's; ask the owner to give it to you");
      }
      if (takesRequest) {
        job.assign(me.id(), clock.instant());
        record(job, me.id(), me.displayName(), JobEvent.Kind.ASSIGNED, null, null, "Took the job");
      }
    }
    if (target == JobStatus.WAITING_APPROVAL && !hasPendingLines(jobId)) {
      throw new InvalidRequestException("Add the estimate lines the customer should approve first");
    }
    PlainText.requireLines("comment", comment);
    String why = comment.strip();
    if (why.length() > 1000) {
      throw new InvalidRequestException("comment", "Keep the comment under 1,000 characters");
    }
    transition(job, target, me.id(), me.displayName(), why);
    return summaries(List.of(job)).getFirst();
  }

  /** Gives the job to one of the shop's mechanics (or to nobody); the mechanic is told. */
  @PreAuthorize("isAuthenticated()")
  public JobSummary assign(UUID jobId, @Nullable UUID mechanicId) {
    SignedInUser me = CurrentUser.require();
    Job job = memberJob(jobId, me);
    requireOwner(job.getShopId(), me);
    if (!job.getStatus().isOpen()) {
      throw new ConflictException("This job is closed");
    }
    if (mechanicId != null && !membership.mechanicsOf(job.getShopId()).contains(mechanicId)) {
      throw new InvalidRequestException("mechanic", "Pick one of the shop's mechanics");
    }
    if (Objects.equals(mechanicId, job.getMechanicId())) {
      return summaries(List.of(job)).getFirst();
    }
    job.assign(mechanicId, clock.instant());
    String name =
        mechanicId == null
            ? "nobody"
            : contacts.find(mechanicId).map(UserContact::name).orElse("a mechanic");
    record(
        job, me.id(), me.displayName(), JobEvent.Kind.ASSIGNED, null, null, "Assigned to " + name);
    flush();
    if (mechanicId != null) {
      events.publishEvent(
          new JobAssigned(job.getId(), job.getShopId(), mechanicId, me.displayName()));
    }
    changed(job);
    return summaries(List.of(job)).getFirst();
  }

  /** Adds an estimate line; the customer is asked to approve it. */
  @PreAuthorize("isAuthenticated()")
  public JobDetails addLine(UUID jobId, LineDraft draft) {
    SignedInUser me = CurrentUser.require();
    Job job = workableJob(jobId, me);
    String description =
        required(
            "description", draft.description(), 200, "Describe the line, like Front brake pads");
    if (draft.quantity().signum() <= 0
        || draft.quantity().scale() > 2
        || draft.quantity().compareTo(new BigDecimal("9999")) > 0) {
      throw new InvalidRequestException(
          "quantity",
          draft.kind() == LineKind.LABOUR ? "Enter the hours, like 1.5" : "Enter how many, like 2");
    }
    if (draft.unitPriceMinor() < 0 || draft.unitPriceMinor() > 10_000_000) {
      throw new InvalidRequestException(
          "unitPrice",
          draft.kind() == LineKind.LABOUR ? "Enter the hourly rate" : "Enter the unit price");
    }
    saveLine(job, description, draft, LineApproval.PENDING);
    record(
        job, me.id(), me.displayName(), JobEvent.Kind.ESTIMATE, null, null, "Added " + description);
    flush();
    changed(job);
    return details(job, true);
  }

  /** Takes a line the customer has not approved off the estimate. */
  @PreAuthorize("isAuthenticated()")
  public JobDetails removeLine(UUID jobId, UUID lineId) {
    SignedInUser me = CurrentUser.require();
    Job job = workableJob(jobId, me);
    JobLine line =
        lines
            .findById(lineId)
            .filter(l -> l.getJobId().equals(jobId))
            .orElseThrow(JobService::notFound);
    if (line.getApproval() == LineApproval.APPROVED) {
      throw new ConflictException("The customer approved this line; it stays on the estimate");
    }
    lines.delete(line);
    job.touch(clock.instant());
    record(
        job,
        me.id(),
        me.displayName(),
        JobEvent.Kind.ESTIMATE,
        null,
        null,
        "Removed " + line.getDescription());
    flush();
    resumeOrShow(job, me.id(), me.displayName(), "Nothing left to approve");
    return details(job, true);
  }

  /** The most photos one job keeps. */
  public static final int MAX_PHOTOS = 20;

  /** Adds a photo of the car (PNG, JPEG or WebP, at most 2 MB); the customer sees it too. */
  @PreAuthorize("isAuthenticated()")
  public String addPhoto(UUID jobId, byte[] image) {
    SignedInUser me = CurrentUser.require();
    Job job = ownJob(jobId, me);
    String type = Images.check(image, "photo");
    if (photos.countByJobId(jobId) >= MAX_PHOTOS) {
      throw new InvalidRequestException("photo", "A job keeps at most " + MAX_PHOTOS + " photos");
    }
    String key = files.put("job-photos", image, type);
    photos.save(new JobPhoto(jobId, key, me.displayName(), clock.instant()));
    job.touch(clock.instant());
    record(job, me.id(), me.displayName(), JobEvent.Kind.PHOTO, null, null, "Added a photo");
    flush();
    changed(job);
    return FileStore.url(key);
  }

  /** Sets the job's tax rate in percent (0 to 30); the shop's region gives the default. */
  @PreAuthorize("isAuthenticated()")
  public JobDetails taxRate(UUID jobId, BigDecimal percent) {
    SignedInUser me = CurrentUser.require();
    Job job = workableJob(jobId, me);
    requireOwner(job.getShopId(), me);
    if (percent.signum() < 0
        || percent.compareTo(BigDecimal.valueOf(30)) > 0
        || percent.scale() > 3) {
      throw new InvalidRequestException("taxRate", "Enter a tax rate from 0 to 30 percent");
    }
    job.taxRate(percent, clock.instant());
    flush();
    changed(job);
    return details(job, true);
  }

  /** Saves the shop's notes: internal ones for the team, the others for the customer too. */
  @PreAuthorize("isAuthenticated()")
  public JobDetails notes(UUID jobId, String internalNotes, String customerNotes) {
    SignedInUser me = CurrentUser.require();
    Job job = ownJob(jobId, me);
    PlainText.requireLines("internalNotes", internalNotes);
    PlainText.requireLines("customerNotes", customerNotes);
    if (internalNotes.length() > 5000 || customerNotes.length() > 5000) {
      throw new InvalidRequestException(
          internalNotes.length() > 5000 ? "internalNotes" : "customerNotes",
          "Keep notes under 5,000 characters");
    }
    job.notes(internalNotes.strip(), customerNotes.strip(), clock.instant());
    flush();
    changed(job);
    return details(job, true);
  }

  /**
   * The customer approves or declines one line. When the job waits for approval and no line is left
   * undecided, work resumes.
   */
  @PreAuthorize("isAuthenticated()")
  public JobDetails decide(UUID jobId, UUID lineId, boolean approve) {
    SignedInUser me = CurrentUser.require();
    Job job =
        jobs.findById(jobId)
            .filter(j -> j.getCustomerId().equals(me.id()))
            .orElseThrow(JobService::notFound);
    return decide(job, lineId, approve, me.id(), me.displayName());
  }

  /** The job of the booking a signed manage link points at, for its customer without signing in. */
  @Transactional(readOnly = true)
  public Optional<JobDetails> forBookingLink(UUID bookingId, String token) {
    bookingPages.view(bookingId, token);
    return jobs.findByBookingId(bookingId).map(j -> details(j, false));
  }

  /** A decision on an estimate line from the booking's signed manage link. */
  public JobDetails decideWithLink(UUID bookingId, String token, UUID lineId, boolean approve) {
    bookingPages.view(bookingId, token);
    Job job = jobs.findByBookingId(bookingId).orElseThrow(JobService::notFound);
    return decide(job, lineId, approve, job.getCustomerId(), job.getCustomerName());
  }

  /** A job from its signed link (walk-ins and phone jobs), for its customer without signing in. */
  @Transactional(readOnly = true)
  public JobDetails forJobLink(UUID jobId, String token) {
    return details(linkedJob(jobId, token), false);
  }

  /** A decision on an estimate line from the job's signed link. */
  public JobDetails decideWithJobLink(UUID jobId, String token, UUID lineId, boolean approve) {
    Job job = linkedJob(jobId, token);
    return decide(job, lineId, approve, job.getCustomerId(), job.getCustomerName());
  }

  private Job linkedJob(UUID jobId, String token) {
    if (!jobLinks.valid(jobId, token)) {
      throw new NotFoundException("That link doesn't work; open the latest email about this job");
    }
    return jobs.findById(jobId).orElseThrow(JobService::notFound);
  }

  private JobDetails decide(Job job, UUID lineId, boolean approve, UUID actorId, String actorName) {
    UUID jobId = job.getId();
    if (!job.getStatus().isOpen()) {
      throw new ConflictException("This job is closed; its estimate can't change");
    }
    JobLine line =
        lines
            .findById(lineId)
            .filter(l -> l.getJobId().equals(jobId))
            .orElseThrow(JobService::notFound);
    if (line.getApproval() != LineApproval.PENDING) {
      throw new ConflictException("You already decided on this line");
    }
    Instant now = clock.instant();
    line.decide(approve ? LineApproval.APPROVED : LineApproval.DECLINED, now);
    job.touch(now);
    record(
        job,
        actorId,
        actorName,
        JobEvent.Kind.APPROVAL,
        null,
        null,
        (approve ? "Approved " : "Declined ") + line.getDescription());
    flush();
    resumeOrShow(job, actorId, actorName, "Every line decided");
    return details(job, false);
  }

  // --- from bookings (system, no signed-in user)

  /** A REQUESTED job for a confirmed booking, or the existing job following its moved booking. */
  void fromBooking(BookedJob booked) {
    lockBooking(booked.bookingId());
    if (jobs.findByBookingId(booked.bookingId()).isPresent()) {
      return;
    }
    // The open job of a booking this one replaced, however many moves ago and in whatever order
    // the events arrive, follows the booking; a closed one stays where it is.
    Optional<Job> existing =
        booked.movedFrom().stream()
            .map(jobs::findByBookingId)
            .flatMap(Optional::stream)
            .filter(j -> j.getStatus().isOpen())
            .findFirst();
    if (existing.isPresent()) {
      Job job = existing.get();
      job.rebook(booked.bookingId(), booked.mechanicId(), booked.start(), clock.instant());
      record(
          job, null, "Otopair", JobEvent.Kind.STATUS, null, null, "The customer moved the booking");
      flush();
      changed(job);
      return;
    }
    create(
        booked.shopId(),
        booked.customerId(),
        booked.customerName(),
        booked.vehicle(),
        booked.title(),
        booked.problem(),
        JobOrigin.BOOKING,
        booked.bookingId(),
        booked.mechanicId(),
        booked.start(),
        null,
        "Online booking");
  }

  /** The booking of a job was cancelled: so is the job, if still open. */
  void bookingCancelled(UUID bookingId, String by, String reason) {
    lockBooking(bookingId);
    jobs.findByBookingId(bookingId)
        .filter(j -> j.getStatus().isOpen())
        .ifPresent(
            job ->
                transition(
                    job,
                    JobStatus.CANCELLED,
                    null,
                    switch (by) {
                      case "SHOP" -> "The shop";
                      case "ADMIN" -> "Otopair support";
                      default -> job.getCustomerName();
                    },
                    "Booking cancelled" + (reason.isBlank() ? "" : ": " + reason)));
  }

  // --- for demo data and benchmarks (no signed-in user)

  /** Moves a job along legal steps, as the named person. */
  void provisionMove(UUID jobId, JobStatus target, String actorName, String comment) {
    Job job = jobs.findById(jobId).orElseThrow(JobService::notFound);
    transition(job, target, null, actorName, comment);
  }

  /** Adds an estimate line already decided (or not) by the customer. */
  void provisionLine(UUID jobId, LineDraft draft, LineApproval approval) {
    Job job = jobs.findById(jobId).orElseThrow(JobService::notFound);
    saveLine(job, draft.description(), draft, approval);
    flush();
  }

  Optional<UUID> jobOfBooking(UUID bookingId) {
    return jobs.findByBookingId(bookingId).map(Job::getId);
  }

  /** What a confirmed booking tells its job. */
  public record BookedJob(
      UUID bookingId,
      List<UUID> movedFrom,
      UUID shopId,
      UUID customerId,
      String customerName,
      UUID mechanicId,
      String vehicle,
      String title,
      String problem,
      Instant start) {}

  // --- internals

  /**
   * Serialises what a booking's events do to its job until the transaction ends (a PostgreSQL
   * transaction-level advisory lock): a run that arrives while another is in flight waits, then
   * finds the job opened or cancelled and does nothing. The outbox re-runs each as often as it
   * must.
   */
  private void lockBooking(UUID bookingId) {
    locks.lock("job-of-booking/" + bookingId);
  }

  /** Appends a line to the job's estimate, decided now unless it is still pending. */
  private void saveLine(Job job, String description, LineDraft draft, LineApproval approval) {
    int position =
        lines.findByJobIdOrderByPosition(job.getId()).stream()
                .mapToInt(JobLine::getPosition)
                .max()
                .orElse(0)
            + 1;
    Instant now = clock.instant();
    lines.save(
        new JobLine(
            job.getId(),
            position,
            draft.kind(),
            description,
            draft.quantity(),
            draft.unitPriceMinor(),
            approval,
            approval == LineApproval.PENDING ? null : now));
    job.touch(now);
  }

  private boolean hasPendingLines(UUID jobId) {
    return lines.findByJobIdOrderByPosition(jobId).stream()
        .anyMatch(l -> l.getApproval() == LineApproval.PENDING);
  }

  /**
   * After an estimate change: a job waiting for approval with nothing left to decide goes back to
   * work; otherwise open screens just refresh.
   */
  private void resumeOrShow(Job job, @Nullable UUID actorId, String actorName, String comment) {
    if (job.getStatus() == JobStatus.WAITING_APPROVAL && !hasPendingLines(job.getId())) {
      transition(job, JobStatus.IN_PROGRESS, actorId, actorName, comment);
    } else {
      changed(job);
    }
  }

  private Job create(
      UUID shopId,
      UUID customerId,
      String customerName,
      String vehicle,
      String title,
      String description,
      JobOrigin origin,
      @Nullable UUID bookingId,
      @Nullable UUID mechanicId,
      @Nullable Instant scheduledAt,
      @Nullable UUID actorId,
      String actorName) {
    Instant now = clock.instant();
    Integer number =
        jdbc.queryForObject(
            "insert into job_counters (shop_id, last) values (?, 1)"
                + " on conflict (shop_id) do update set last = job_counters.last + 1 returning last",
            Integer.class,
            shopId);
    Job job =
        jobs.save(
            new Job(
                shopId,
                Objects.requireNonNull(number),
                membership.shopName(shopId),
                customerId,
                customerName,
                vehicle,
                title,
                description,
                origin,
                bookingId,
                mechanicId,
                SalesTax.rateFor(membership.regionOf(shopId)),
                menu.currencyOf(shopId),
                scheduledAt,
                now));
    record(
        job, actorId, actorName, JobEvent.Kind.CREATED, null, JobStatus.REQUESTED, origin.label());
    flush();
    changed(job);
    return job;
  }

  private void transition(
      Job job, JobStatus target, @Nullable UUID actorId, String actorName, String comment) {
    JobStatus from = job.getStatus();
    job.moveTo(target, clock.instant());
    record(job, actorId, actorName, JobEvent.Kind.STATUS, from, target, comment);
    try {
      flush();
    } catch (OptimisticLockingFailureException e) {
      throw new ConflictException("Someone changed this job at the same time; look again");
    }
    events.publishEvent(
        new JobStatusChanged(job.getId(), job.getShopId(), job.getCustomerId(), from, target));
    changed(job);
  }

  private void record(
      Job job,
      @Nullable UUID actorId,
      String actorName,
      JobEvent.Kind kind,
      @Nullable JobStatus from,
      @Nullable JobStatus to,
      String comment) {
    timeline.save(
        new JobEvent(job.getId(), clock.instant(), actorId, actorName, kind, from, to, comment));
  }

  private void flush() {
    try {
      jobs.flush();
    } catch (OptimisticLockingFailureException e) {
      throw new ConflictException("Someone changed this job at the same time; look again");
    }
  }

  private void changed(Job job) {
    events.publishEvent(new JobChanged(job.getId(), job.getShopId()));
  }

  private boolean requireMember(UUID shopId, SignedInUser me) {
    return membership.requireMember(shopId).owner();
  }

  private void requireOwner(UUID shopId, SignedInUser me) {
    membership.requireOwner(shopId);
  }

  /** A job of a shop the user works at; someone else's shop's job is simply not found. */
  private Job memberJob(UUID jobId, SignedInUser me) {
    Job job = jobs.findById(jobId).orElseThrow(JobService::notFound);
    if (!membership.isMember(job.getShopId(), me.id())) {
      throw notFound();
    }
    return job;
  }

  /** A job this member works on: any job for the owner, their own for a mechanic. */
  private Job ownJob(UUID jobId, SignedInUser me) {
    Job job = memberJob(jobId, me);
    if (!membership.isOwner(job.getShopId(), me.id()) && !me.id().equals(job.getMechanicId())) {
      throw new NotAllowedException("This job is someone else's; ask the owner to give it to you");
    }
    return job;
  }

  /** A job whose estimate this member may edit: open, and theirs or the owner's. */
  private Job workableJob(UUID jobId, SignedInUser me) {
    Job job = memberJob(jobId, me);
    if (!job.getStatus().isOpen()) {
      throw new ConflictException("This job is closed; its estimate can't change");
    }
    if (!membership.isOwner(job.getShopId(), me.id()) && !me.id().equals(job.getMechanicId())) {
      throw new NotAllowedException("This job is someone else's; ask the owner to give it to you");
    }
    return job;
  }

  private static NotFoundException notFound() {
    return new NotFoundException("We couldn't find that job");
  }

  private static String required(String field, String value, int max, String message) {
    PlainText.requireLine(field, value);
    String text = value.strip();
    if (text.isEmpty()) {
      throw new InvalidRequestException(field, message);
    }
    if (text.length() > max) {
      throw new InvalidRequestException(field, "Keep it under " + max + " characters");
    }
    return text;
  }

  private static boolean within(
      Job job, @Nullable LocalDate from, @Nullable LocalDate to, ZoneId zone) {
    LocalDate day =
        (job.getScheduledAt() != null ? job.getScheduledAt() : job.getCreatedAt())
            .atZone(zone)
            .toLocalDate();
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }

  List<JobSummary> summaries(Collection<Job> found) {
    Set<UUID> mechanicIds = new HashSet<>();
    found.forEach(
        j -> {
          if (j.getMechanicId() != null) mechanicIds.add(j.getMechanicId());
        });
    Map<UUID, String> names =
        contacts.findAll(mechanicIds).stream()
            .collect(Collectors.toMap(UserContact::id, UserContact::name));
    List<JobSummary> out = new ArrayList<>();
    for (Job j : found) {
      out.add(
          new JobSummary(
              j.getId(),
              j.getShopId(),
              j.getShopName(),
              j.getNumber(),
              j.getTitle(),
              j.getCustomerId(),
              j.getCustomerName(),
              j.getVehicle(),
              j.getMechanicId(),
              j.getMechanicId() == null ? null : names.get(j.getMechanicId()),
              j.getStatus(),
              j.getOrigin(),
              j.getBookingId(),
              j.getScheduledAt(),
              j.getCreatedAt(),
              j.getUpdatedAt()));
    }
    return out;
  }

  JobDetails details(Job job, boolean member) {
    String currency = job.getCurrency();
    List<JobDetails.Line> view = new ArrayList<>();
    long approved = 0;
    long pending = 0;
    long declined = 0;
    for (JobLine line : lines.findByJobIdOrderByPosition(job.getId())) {
      long total = line.totalMinor();
      switch (line.getApproval()) {
        case APPROVED -> approved += total;
        case PENDING -> pending += total;
        case DECLINED -> declined += total;
      }
      view.add(
          new JobDetails.Line(
              line.getId(),
              line.getKind(),
              line.getDescription(),
              line.getQuantity(),
              new Money(line.getUnitPriceMinor(), currency),
              new Money(total, currency),
              line.getApproval()));
    }
    long tax =
        BigDecimal.valueOf(approved)
            .multiply(job.getTaxRate())
            .movePointLeft(2)
            .setScale(0, RoundingMode.HALF_UP)
            .longValueExact();
    var totals =
        new JobDetails.Totals(
            new Money(approved, currency),
            new Money(tax, currency),
            new Money(approved + tax, currency),
            new Money(pending, currency),
            new Money(declined, currency));
    List<JobDetails.Entry> entries =
        timeline.timelineOf(job.getId()).stream()
            .map(
                e ->
                    new JobDetails.Entry(
                        e.getAt(),
                        e.getActorName(),
                        e.getKind().name(),
                        e.getFromStatus(),
                        e.getToStatus(),
                        e.getComment()))
            .toList();
    return new JobDetails(
        summaries(List.of(job)).getFirst(),
        membership.zoneOf(job.getShopId()),
        job.getDescription(),
        member ? job.getInternalNotes() : null,
        job.getCustomerNotes(),
        job.getTaxRate(),
        view,
        totals,
        entries,
        photos.findByJobIdOrderByAddedAt(job.getId()).stream()
            .map(p -> FileStore.url(p.getFileKey()))
            .toList());
  }

  static Set<JobStatus> open() {
    return EnumSet.of(
        JobStatus.REQUESTED,
        JobStatus.ACCEPTED,
        JobStatus.IN_PROGRESS,
        JobStatus.WAITING_PARTS,
        JobStatus.WAITING_APPROVAL);
  }
}

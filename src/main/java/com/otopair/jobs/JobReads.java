package com.otopair.jobs;

import com.otopair.base.FileStore;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.Money;
import com.otopair.consult.SessionNotices;
import com.otopair.consult.SessionSummary;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.jobs.domain.Job;
import com.otopair.jobs.domain.JobEventRepository;
import com.otopair.jobs.domain.JobLine;
import com.otopair.jobs.domain.JobLineRepository;
import com.otopair.jobs.domain.JobPhotoRepository;
import com.otopair.shops.ShopMembership;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What callers get to see of jobs: summaries with their mechanics' names, and a job's details
 * (estimate with totals and tax, timeline, photos). Callers check who may see them.
 */
@Component
class JobReads {

  private final JobLineRepository lines;
  private final JobEventRepository timeline;
  private final JobPhotoRepository photos;
  private final UserContacts contacts;
  private final ShopMembership membership;
  private final SessionNotices sessions;

  JobReads(
      JobLineRepository lines,
      JobEventRepository timeline,
      JobPhotoRepository photos,
      UserContacts contacts,
      ShopMembership membership,
      SessionNotices sessions) {
    this.lines = lines;
    this.timeline = timeline;
    this.photos = photos;
    this.contacts = contacts;
    this.membership = membership;
    this.sessions = sessions;
  }

  JobSummary summary(Job job) {
    return summaries(List.of(job)).getFirst();
  }

  List<JobSummary> summaries(Collection<Job> found) {
    Map<UUID, String> names =
        contacts
            .findAll(
                found.stream().map(Job::getMechanicId).filter(Objects::nonNull).distinct().toList())
            .stream()
            .collect(Collectors.toMap(UserContact::id, UserContact::name));
    return found.stream()
        .map(
            j ->
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
                    j.getUpdatedAt()))
        .toList();
  }

  /** The job with everything on it; {@code member} adds the shop's internal notes. */
  JobDetails details(Job job, boolean member) {
    String currency = job.getCurrency();
    List<JobDetails.Line> view = new ArrayList<>();
    long approved = 0;
    long pending = 0;
    long declined = 0;
    ZoneId zone = membership.zoneOf(job.getShopId());
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
              description(line),
              line.getQuantity(),
              new Money(line.getUnitPriceMinor(), currency),
              new Money(total, currency),
              line.getApproval()));
    }
    // A credit never takes the job below nothing.
    approved = Math.max(0, approved);
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
                        e.getActorKey() == null ? e.getActorName() : I18n.t(e.getActorKey()),
                        e.getKind().name(),
                        e.getFromStatus(),
                        e.getToStatus(),
                        JobTimeline.Note.read(e.getNoteKey(), e.getComment())))
            .toList();
    return new JobDetails(
        summary(job),
        zone,
        job.getDescription(),
        member ? job.getInternalNotes() : null,
        job.getCustomerNotes(),
        job.getTaxRate(),
        view,
        totals,
        entries,
        photos.findByJobIdOrderByAddedAt(job.getId()).stream()
            .map(p -> FileStore.url(p.getFileKey()))
            .toList(),
        fromSession(job));
  }

  private JobDetails.@Nullable FromSession fromSession(Job job) {
    UUID sessionId = job.getOriginSessionId();
    if (sessionId == null) {
      return null;
    }
    return sessions
        .notice(sessionId)
        .map(SessionNotices.Notice::session)
        .map(s -> new JobDetails.FromSession(sessionId, sessionTime(s), s.whoToMeet()))
        .orElse(null);
  }

  /** When a session took place: when it ended, else when a mechanic took it, else when asked. */
  static Instant sessionTime(SessionSummary session) {
    if (session.endedAt() != null) {
      return session.endedAt();
    }
    return session.claimedAt() != null ? session.claimedAt() : session.requestedAt();
  }

  /**
   * A line's description in the reader's language: the shop's words, or for a session's credit
   * (which keeps the session's day) Otopair's sentence.
   */
  private static String description(JobLine line) {
    if (line.getKind() != LineKind.CREDIT) {
      return line.getDescription();
    }
    try {
      return I18n.t(
          "jobs.line.session-credit",
          Formats.current().date(LocalDate.parse(line.getDescription())));
    } catch (DateTimeParseException e) {
      return line.getDescription();
    }
  }
}

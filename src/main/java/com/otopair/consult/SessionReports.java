package com.otopair.consult;

import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.NotFoundException;
import com.otopair.base.Roles;
import com.otopair.base.SignedInUser;
import com.otopair.consult.domain.ConsultSession;
import com.otopair.consult.domain.ConsultSessionRepository;
import com.otopair.consult.domain.Report;
import com.otopair.consult.domain.ReportEntry;
import com.otopair.consult.domain.ReportRepository;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ServiceMenu;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mechanics' summaries of their sessions. Once a session has ended, its mechanic writes a draft
 * (findings, steps, parts and labour, next steps, urgency, the in-shop service to book, photos),
 * then sends it once; its customer reads it (the first opening is recorded once), its shop's owner
 * and support read it too. A session that never had a mechanic (expired, cancelled) has none.
 */
@Service
@Transactional
public class SessionReports {

  private final ReportRepository reports;
  private final ConsultSessionRepository sessions;
  private final SessionAccess access;
  private final ReportPhotos photos;
  private final ServiceMenu menu;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SessionReports(
      ReportRepository reports,
      ConsultSessionRepository sessions,
      SessionAccess access,
      ReportPhotos photos,
      ServiceMenu menu,
      ApplicationEventPublisher events,
      Clock clock) {
    this.reports = reports;
    this.sessions = sessions;
    this.access = access;
    this.photos = photos;
    this.menu = menu;
    this.events = events;
    this.clock = clock;
  }

  /** A mechanic's ended session and its summary, if one was started. */
  public record PastSession(SessionSummary session, @Nullable ReportHeadline report) {}

  /**
   * The session's summary once sent, for the modules that build on it without a signed-in reader
   * (the repair booked from it); empty while it is a draft or was never written.
   */
  @Transactional(readOnly = true)
  public Optional<SessionReport> sent(UUID sessionId) {
    return reports
        .findBySessionId(sessionId)
        .filter(report -> report.getSentAt() != null)
        .map(report -> summary(report, sessions.findById(sessionId).orElseThrow()));
  }

  /**
   * The summary as its mechanic edits it: the saved draft (or the sent summary), or an empty draft
   * not saved yet.
   */
  @PreAuthorize("hasRole('" + Roles.MECHANIC + "')")
  @Transactional(readOnly = true)
  public SessionReport draft(UUID sessionId) {
    ConsultSession session = writable(sessionId);
    Report report =
        reports
            .findBySessionId(sessionId)
            .orElseGet(() -> new Report(sessionId, CurrentUser.require().id(), clock.instant()));
    return summary(report, session);
  }

  /** Saves the mechanic's draft; a summary already sent is refused. */
  @PreAuthorize("hasRole('" + Roles.MECHANIC + "')")
  public void save(UUID sessionId, ReportDraft draft) {
    ConsultSession session = writable(sessionId);
    ReportRules.check(draft, session.getCurrency());
    UUID repair = draft.repairServiceId();
    if (repair != null && repairServices(session).stream().noneMatch(o -> repair.equals(o.id()))) {
      throw new InvalidRequestException("repairServiceId", "consult.report.repair.unknown");
    }
    Set<String> offered =
        offered(sessionId).stream().map(ReportPhoto::key).collect(Collectors.toSet());
    if (!offered.containsAll(draft.photoKeys())
        || new HashSet<>(draft.photoKeys()).size() != draft.photoKeys().size()) {
      throw new InvalidRequestException("photos", "consult.report.photos.unknown");
    }
    Instant now = clock.instant();
    // One save of the session's summary at a time, so two first saves never both insert.
    sessions.lockStatus(sessionId);
    Report report =
        reports
            .lockBySessionId(sessionId)
            .orElseGet(() -> new Report(sessionId, CurrentUser.require().id(), now));
    if (report.getSentAt() != null) {
      throw new ConflictException("consult.report.already-sent");
    }
    report.revise(
        draft.findings().strip(),
        draft.stepsTaken().strip(),
        draft.nextSteps().strip(),
        draft.urgency().name(),
        repair,
        draft.lines().stream()
            .map(
                line ->
                    new ReportEntry(
                        line.kind().name(),
                        line.description().strip(),
                        line.quantity().setScale(2, RoundingMode.HALF_UP),
                        line.unitPrice().minor()))
            .toList(),
        draft.photoKeys(),
        now);
    reports.saveAndFlush(report);
  }

  /**
   * Sends the saved draft to the customer. Of several sends at once exactly one sends it; the
   * others are told it was already sent.
   */
  @PreAuthorize("hasRole('" + Roles.MECHANIC + "')")
  public void send(UUID sessionId) {
    ConsultSession session = writable(sessionId);
    Report report =
        reports
            .findBySessionId(sessionId)
            .orElseThrow(() -> new ConflictException("consult.report.send.unsaved"));
    Instant now = stamp();
    if (reports.send(report.getId(), now) == 0) {
      throw new ConflictException("consult.report.already-sent");
    }
    events.publishEvent(
        new SessionReportSent(
            sessionId, session.getShopId(), session.getCustomerId(), report.getMechanicId(), now));
    events.publishEvent(
        new SessionChanged(sessionId, session.getShopId(), session.getCustomerId()));
  }

  /**
   * The summary for whoever reads it: its customer once it is sent (their first reading is
   * recorded, once), its mechanic, and the shop's owners and support, who only read. To anyone
   * else, and to the customer before it is sent, it does not exist.
   */
  @PreAuthorize("isAuthenticated()")
  public SessionReport forReader(UUID sessionId) {
    SignedInUser me = CurrentUser.require();
    ConsultSession session = access.found(sessionId);
    Report report = readable(session, me);
    if (session.getCustomerId().equals(me.id()) && report.getFirstOpenedAt() == null) {
      Instant now = stamp();
      int first = reports.opened(report.getId(), now);
      // The stamp cleared the persistence context: read the summary as it is now.
      report = reports.findBySessionId(sessionId).orElseThrow();
      if (first == 1) {
        events.publishEvent(
            new SessionReportOpened(
                sessionId, session.getShopId(), me.id(), report.getMechanicId(), now));
      }
    }
    return summary(report, session);
  }

  /**
   * The photos attached to the session's summary, in their order, each with an address for the
   * signed-in reader (the chat's images by links signed for them); for the same readers as {@link
   * #forReader}.
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<ReportPhoto> photos(UUID sessionId) {
    SignedInUser me = CurrentUser.require();
    Report report = readable(access.found(sessionId), me);
    return photos.attached(sessionId, report.getPhotoKeys(), me.id());
  }

  /**
   * The session's summary if {@code me} may read it: its customer once sent, its mechanic, the
   * shop's owners and support; "not found" for anyone else.
   */
  private Report readable(ConsultSession session, SignedInUser me) {
    Report report =
        reports
            .findBySessionId(session.getId())
            .orElseThrow(() -> new NotFoundException("consult.report.not-found"));
    boolean customer = session.getCustomerId().equals(me.id());
    if (customer
        ? report.getSentAt() != null
        : me.id().equals(report.getMechanicId()) || access.ownerOrSupport(session)) {
      return report;
    }
    throw new NotFoundException("consult.report.not-found");
  }

  /**
   * The photos of the session its mechanic may attach: the customer's intake photos, then the
   * images either side shared in the chat.
   */
  @PreAuthorize("hasRole('" + Roles.MECHANIC + "')")
  @Transactional(readOnly = true)
  public List<ReportPhoto> photosOffered(UUID sessionId) {
    writable(sessionId);
    return offered(sessionId);
  }

  private List<ReportPhoto> offered(UUID sessionId) {
    return photos.of(sessionId, CurrentUser.require().id());
  }

  /** The session's shop's in-shop services, active now: what a summary may recommend booking. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<Offering> repairServices(UUID sessionId) {
    return repairServices(access.visible(sessionId));
  }

  private List<Offering> repairServices(ConsultSession session) {
    return menu.publicMenu(session.getShopId()).stream()
        .filter(o -> o.mode() == OfferingMode.IN_SHOP && o.active())
        .toList();
  }

  /**
   * The summaries of these sessions that the signed-in user may see in a list: sent ones of their
   * own sessions, and every one they wrote.
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public Map<UUID, ReportHeadline> headlines(Collection<UUID> sessionIds) {
    if (sessionIds.isEmpty()) {
      return Map.of();
    }
    UUID me = CurrentUser.require().id();
    Set<UUID> mine =
        sessions.findAllById(sessionIds).stream()
            .filter(s -> s.getCustomerId().equals(me))
            .map(ConsultSession::getId)
            .collect(Collectors.toSet());
    return reports.findBySessionIdIn(sessionIds).stream()
        .filter(
            r ->
                me.equals(r.getMechanicId())
                    || (r.getSentAt() != null && mine.contains(r.getSessionId())))
        .map(SessionReports::headline)
        .collect(Collectors.toMap(ReportHeadline::sessionId, Function.identity()));
  }

  /** The signed-in mechanic's ended sessions, latest first, each with its summary if started. */
  @PreAuthorize("hasRole('" + Roles.MECHANIC + "')")
  @Transactional(readOnly = true)
  public List<PastSession> past() {
    UUID me = CurrentUser.require().id();
    List<ConsultSession> ended =
        sessions.ofMechanic(me, PageRequest.of(0, 50)).stream()
            .filter(s -> s.getStatus() == SessionStatus.ENDED)
            .toList();
    Map<UUID, ReportHeadline> written =
        reports.findBySessionIdIn(ended.stream().map(ConsultSession::getId).toList()).stream()
            .map(SessionReports::headline)
            .collect(Collectors.toMap(ReportHeadline::sessionId, Function.identity()));
    return ended.stream()
        .sorted(
            Comparator.comparing(
                    (ConsultSession s) -> Objects.requireNonNullElse(s.getEndedAt(), Instant.EPOCH))
                .reversed())
        .map(s -> new PastSession(access.summary(s), written.get(s.getId())))
        .toList();
  }

  /** Now, as PostgreSQL stores it (to the microsecond), so an event says what the row says. */
  private Instant stamp() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static ReportHeadline headline(Report report) {
    return new ReportHeadline(
        report.getSessionId(), ReportUrgency.valueOf(report.getUrgency()), report.getSentAt());
  }

  /**
   * The session, if the signed-in user is the mechanic who took it and it has ended: only then is
   * there a summary to write. Anyone else is told it does not exist.
   */
  private ConsultSession writable(UUID sessionId) {
    ConsultSession session = access.found(sessionId);
    if (!CurrentUser.require().id().equals(session.getMechanicId())) {
      throw new NotFoundException("consult.session.not-found");
    }
    if (session.getStatus() != SessionStatus.ENDED) {
      throw new ConflictException("consult.report.not-ended");
    }
    return session;
  }

  static SessionReport summary(Report report, ConsultSession session) {
    String currency = session.getCurrency();
    return new SessionReport(
        session.getId(),
        session.getShopId(),
        session.getShopName(),
        session.getServiceName(),
        session.getCustomerId(),
        report.getMechanicId(),
        Objects.requireNonNullElse(session.getMechanicName(), ""),
        session.getVehicle(),
        report.getFindings(),
        report.getStepsTaken(),
        report.getNextSteps(),
        ReportUrgency.valueOf(report.getUrgency()),
        report.getRepairServiceId(),
        report.getLines().stream()
            .map(
                entry ->
                    new ReportLine(
                        ReportLine.Kind.valueOf(entry.getKind()),
                        entry.getDescription(),
                        entry.getQuantity(),
                        new Money(entry.getUnitPriceMinor(), currency)))
            .toList(),
        report.getPhotoKeys(),
        new Money(session.isFree() ? 0 : session.getPriceMinor(), currency),
        session.isFree(),
        report.getSentAt(),
        report.getFirstOpenedAt());
  }
}

package com.otopair.consult;

import com.otopair.consult.domain.ChatMessage;
import com.otopair.consult.domain.ChatMessageRepository;
import com.otopair.consult.domain.ConsultSession;
import com.otopair.consult.domain.ConsultSessionRepository;
import com.otopair.consult.domain.FollowUpQuestion;
import com.otopair.consult.domain.FollowUpQuestionRepository;
import com.otopair.consult.domain.Report;
import com.otopair.consult.domain.ReportEntry;
import com.otopair.consult.domain.ReportRepository;
import com.otopair.shops.Offering;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live sessions for the demo data: a mechanic's switch turned on, a session waiting in a queue, the
 * sessions of booked remote services, and past sessions in each way a session finishes. Runs
 * without a signed-in user.
 */
@Service
@Transactional
public class ConsultProvisioning {

  private final ConsultSessionRepository sessions;
  private final ChatMessageRepository messages;
  private final BookedSessions booked;
  private final ReportRepository reports;
  private final FollowUpQuestionRepository questions;
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ConsultProvisioning(
      ConsultSessionRepository sessions,
      ChatMessageRepository messages,
      BookedSessions booked,
      ReportRepository reports,
      FollowUpQuestionRepository questions,
      JdbcTemplate jdbc,
      ApplicationEventPublisher events,
      Clock clock) {
    this.events = events;
    this.booked = booked;
    this.reports = reports;
    this.questions = questions;
    this.sessions = sessions;
    this.messages = messages;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A customer and what they asked: the service, the vehicle, the problem. */
  public record Ask(
      UUID shopId,
      String shopName,
      Offering service,
      UUID customerId,
      String customerName,
      String vehicle,
      String problem) {}

  /**
   * The sessions of provisioned bookings (which publish no events): each confirmed booking of a
   * remote service gets its scheduled session, as a booking made on the site does.
   */
  public void fromBookings(List<UUID> bookingIds) {
    bookingIds.forEach(id -> booked.follow(id, false));
  }

  /** Turns a mechanic's switch on; they count as online while a page of theirs is open. */
  public void online(UUID mechanicId) {
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.update(
        "insert into consult_mechanic_status (user_id, online, changed_at, last_seen_at)"
            + " values (?, true, ?, ?) on conflict (user_id) do update set online = true",
        mechanicId,
        now,
        now);
  }

  /** A session asked for {@code ago}, waiting in its shop's queue. */
  public UUID waiting(Ask ask, Duration ago) {
    return create(ask, clock.instant().minus(ago)).getId();
  }

  /**
   * A session asked for at {@code at} that finished as {@code status} for {@code reason}; a session
   * that ran has the mechanic and the chat {@code lines}, alternating customer first.
   */
  public UUID finished(
      Ask ask,
      Instant at,
      SessionStatus status,
      EndReason reason,
      @Nullable UUID mechanicId,
      @Nullable String mechanicName,
      List<String> lines) {
    return finished(
        ask, at, Duration.ofMinutes(2), status, reason, mechanicId, mechanicName, lines);
  }

  /** The same, claimed by its mechanic {@code response} after it was asked for. */
  public UUID finished(
      Ask ask,
      Instant at,
      Duration response,
      SessionStatus status,
      EndReason reason,
      @Nullable UUID mechanicId,
      @Nullable String mechanicName,
      List<String> lines) {
    ConsultSession session = create(ask, at);
    UUID id = session.getId();
    if (mechanicId != null && mechanicName != null) {
      Instant claimed = at.plus(response);
      sessions.claim(id, mechanicId, mechanicName, claimed);
      messages.save(
          ChatMessage.notice(id, "consult.chat.notice.joined", List.of(mechanicName), claimed));
      Instant sent = claimed;
      for (int i = 0; i < lines.size(); i++) {
        sent = sent.plusSeconds(40);
        boolean customer = i % 2 == 0;
        messages.save(
            ChatMessage.written(
                id,
                customer ? ask.customerId() : mechanicId,
                customer ? ask.customerName() : mechanicName,
                lines.get(i),
                null,
                sent));
      }
      Instant ended =
          reason == EndReason.TIME_UP
              ? claimed.plus(Duration.ofMinutes(ask.service().durationMinutes()))
              : sent.plusSeconds(30);
      sessions.finish(id, "ACTIVE", status.name(), reason.name(), ended);
      if (reason == EndReason.TIME_UP) {
        messages.save(
            ChatMessage.notice(id, "consult.chat.notice.ended.time-up", List.of(), ended));
      }
    } else {
      Instant ended =
          reason == EndReason.NOBODY_CAME
              ? at.plus(Duration.ofMinutes(LiveSessions.DEFAULT_WAIT_LIMIT_MINUTES))
              : at.plus(Duration.ofMinutes(3));
      sessions.finish(id, "WAITING", status.name(), reason.name(), ended);
    }
    return id;
  }

  private ConsultSession create(Ask ask, Instant at) {
    return sessions.saveAndFlush(
        new ConsultSession(
            ask.shopId(),
            ask.shopName(),
            ask.service().id(),
            ask.service().name(),
            ask.service().mode().name(),
            ask.customerId(),
            ask.customerName(),
            ask.vehicle(),
            ask.problem(),
            ask.service().durationMinutes(),
            ask.service().price().minor(),
            ask.service().price().currency(),
            true,
            LiveSessions.DEFAULT_WAIT_LIMIT_MINUTES,
            at));
  }

  /**
   * The summary of a finished session by its mechanic, written half an hour after its end and sent
   * then when {@code send} (a draft otherwise). No mail: provisioning publishes no events.
   */
  public void report(UUID sessionId, ReportDraft draft, boolean send) {
    ConsultSession session = sessions.findById(sessionId).orElseThrow();
    Instant written = Objects.requireNonNull(session.getEndedAt()).plus(Duration.ofMinutes(30));
    var report = new Report(sessionId, Objects.requireNonNull(session.getMechanicId()), written);
    report.revise(
        draft.findings(),
        draft.stepsTaken(),
        draft.nextSteps(),
        draft.urgency().name(),
        draft.repairServiceId(),
        draft.lines().stream()
            .map(
                line ->
                    new ReportEntry(
                        line.kind().name(),
                        line.description(),
                        line.quantity(),
                        line.unitPrice().minor()))
            .toList(),
        draft.photoKeys(),
        written);
    reports.saveAndFlush(report);
    if (send) {
      reports.send(report.getId(), written);
    }
  }

  /**
   * A quick question its customer asked about a finished session {@code after} its end, answered an
   * hour later by its mechanic when {@code answer} is given; returns the question.
   */
  public UUID question(UUID sessionId, Duration after, String question, @Nullable String answer) {
    ConsultSession session = sessions.findById(sessionId).orElseThrow();
    UUID mechanic = Objects.requireNonNull(session.getMechanicId());
    Instant asked = Objects.requireNonNull(session.getEndedAt()).plus(after);
    var saved =
        questions.saveAndFlush(
            new FollowUpQuestion(
                sessionId,
                session.getShopId(),
                session.getCustomerId(),
                mechanic,
                question,
                asked,
                asked.plus(FollowUps.QUESTION_RESERVED)));
    if (answer != null) {
      questions.answer(
          saved.getId(),
          mechanic,
          Objects.requireNonNull(session.getMechanicName()),
          answer,
          asked.plus(Duration.ofHours(1)));
    }
    return saved.getId();
  }

  /**
   * The customer opened the intake of the shop's remote {@code service} at {@code at}, coming
   * {@code from} an entry page ({@link Intakes#FROM_TALK}, ...), as {@link Intakes} tells it when
   * the page opens: the CRM's first step of the demo's past journeys. Returns the intake.
   */
  public UUID intake(UUID shopId, UUID serviceId, UUID customerId, String from, Instant at) {
    UUID intake = UUID.randomUUID();
    events.publishEvent(new IntakeStarted(intake, shopId, serviceId, customerId, from, at));
    return intake;
  }

  /**
   * The customer opened the sent summary of their finished session {@code after} it was written, as
   * the summary page tells it the first time; returns when.
   */
  public Instant opened(UUID sessionId, Duration after) {
    ConsultSession session = sessions.findById(sessionId).orElseThrow();
    Instant at =
        Objects.requireNonNull(session.getEndedAt()).plus(Duration.ofMinutes(30)).plus(after);
    Report report = reports.findBySessionId(sessionId).orElseThrow();
    if (report.getSentAt() == null || reports.opened(report.getId(), at) != 1) {
      throw new IllegalStateException("Only a sent summary is opened, once");
    }
    events.publishEvent(
        new SessionReportOpened(
            sessionId,
            session.getShopId(),
            session.getCustomerId(),
            Objects.requireNonNull(session.getMechanicId()),
            at));
    return at;
  }
}

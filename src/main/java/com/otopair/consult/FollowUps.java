package com.otopair.consult;

import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.NotFoundException;
import com.otopair.base.PlainText;
import com.otopair.base.Roles;
import com.otopair.consult.domain.ConsultSession;
import com.otopair.consult.domain.ConsultSessionRepository;
import com.otopair.consult.domain.FollowUpQuestion;
import com.otopair.consult.domain.FollowUpQuestionRepository;
import com.otopair.shops.ShopMembership;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-ups to a completed session, as its customer asks them: a quick question (written, free for
 * 72 hours after the session's end, its mechanic's alone for 24 hours, then the shop's), a mini
 * extension or a new issue (live sessions of their own, asked and paid the usual way, their
 * mechanic's alone for 15 minutes). And the links between a session and its follow-ups.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class FollowUps {

  /** How long after a session's end a quick question is free (and offered). */
  public static final Duration FREE_WINDOW = Duration.ofHours(72);

  /** How long a quick question is its mechanic's alone. */
  public static final Duration QUESTION_RESERVED = Duration.ofHours(24);

  /** How long a live follow-up waits for its mechanic alone once it is in the queue. */
  public static final Duration LIVE_RESERVED = Duration.ofMinutes(15);

  /** How long a mini extension runs. */
  public static final int MINI_MINUTES = 5;

  public static final int MAX_QUESTION = 1000;

  /** The two live follow-ups. */
  public enum Kind {
    /** A live 5-minute session at a small price. */
    MINI,
    /** A new session at the service's price. */
    NEW_ISSUE
  }

  /**
   * What the customer may ask about a completed session now: a quick question while {@code
   * questionFree} (until {@code freeUntil}) and none is open, and the live follow-ups at their
   * prices while the shop still offers the service (else null).
   */
  public record Options(
      UUID parentId,
      Instant freeUntil,
      boolean questionFree,
      boolean questionOpen,
      @Nullable Money miniPrice,
      @Nullable Money newIssuePrice,
      boolean free) {}

  /** A quick question and, once given, its answer. */
  public record Question(
      UUID id,
      UUID parentSessionId,
      String question,
      Instant askedAt,
      @Nullable String answer,
      @Nullable String answeredBy,
      @Nullable Instant answeredAt) {

    public boolean answered() {
      return answeredAt != null;
    }
  }

  /** A session at one end of a follow-up link: its service, when it was asked for, its state. */
  public record Link(
      UUID sessionId,
      String serviceName,
      Instant requestedAt,
      ZoneId zone,
      @Nullable Kind kind,
      SessionStatus status) {}

  private final ConsultSessionRepository sessions;
  private final FollowUpQuestionRepository questions;
  private final SessionAccess access;
  private final LiveSessions live;
  private final ShopMembership membership;
  private final SessionPayments payments;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  FollowUps(
      ConsultSessionRepository sessions,
      FollowUpQuestionRepository questions,
      SessionAccess access,
      LiveSessions live,
      ShopMembership membership,
      SessionPayments payments,
      ApplicationEventPublisher events,
      Clock clock) {
    this.sessions = sessions;
    this.questions = questions;
    this.access = access;
    this.live = live;
    this.membership = membership;
    this.payments = payments;
    this.events = events;
    this.clock = clock;
  }

  /**
   * What the signed-in customer may ask about their session; empty when it is not theirs or was not
   * completed with a mechanic.
   */
  @Transactional(readOnly = true)
  public Optional<Options> options(UUID parentId) {
    ConsultSession parent = access.found(parentId);
    if (!parent.getCustomerId().equals(CurrentUser.require().id()) || !completed(parent)) {
      return Optional.empty();
    }
    Instant freeUntil = freeUntil(parent);
    Optional<LiveSessions.RemoteService> service = service(parent);
    return Optional.of(
        new Options(
            parentId,
            freeUntil,
            clock.instant().isBefore(freeUntil),
            questions.countByParentSessionIdAndAnsweredAtIsNull(parentId) > 0,
            service.map(s -> payments.miniExtensionPrice(s.service().price())).orElse(null),
            service.map(s -> s.service().price()).orElse(null),
            payments.free()));
  }

  /**
   * The customer asks their completed session's mechanic a quick question: free, within 72 hours of
   * its end, one open question at a time.
   */
  @PreAuthorize("hasRole('" + Roles.CUSTOMER + "')")
  public UUID ask(UUID parentId, String text) {
    ConsultSession parent = completedOwn(parentId);
    String question = text.strip();
    if (question.isEmpty()) {
      throw new InvalidRequestException("question", "consult.follow-up.question.required");
    }
    if (question.length() > MAX_QUESTION) {
      throw new InvalidRequestException(
          "question", "consult.follow-up.question.too-long", String.valueOf(MAX_QUESTION));
    }
    PlainText.requireLines("question", question);
    Instant now = clock.instant();
    if (!now.isBefore(freeUntil(parent))) {
      throw new ConflictException("consult.follow-up.question.window-over");
    }
    if (questions.countByParentSessionIdAndAnsweredAtIsNull(parentId) > 0) {
      throw new ConflictException("consult.follow-up.question.already-open");
    }
    UUID mechanic = Objects.requireNonNull(parent.getMechanicId());
    // A mechanic who left the shop cannot answer: the shop has it at once.
    Instant reservedUntil =
        membership.isMember(parent.getShopId(), mechanic) ? now.plus(QUESTION_RESERVED) : now;
    var asked =
        new FollowUpQuestion(
            parentId,
            parent.getShopId(),
            parent.getCustomerId(),
            mechanic,
            question,
            now,
            reservedUntil);
    try {
      questions.saveAndFlush(asked);
    } catch (DataIntegrityViolationException e) {
      throw new ConflictException("consult.follow-up.question.already-open");
    }
    events.publishEvent(
        new FollowUpAsked(
            asked.getId(),
            parentId,
            parent.getShopId(),
            parent.getCustomerId(),
            mechanic,
            now,
            reservedUntil));
    events.publishEvent(new SessionChanged(parentId, parent.getShopId(), parent.getCustomerId()));
    return asked.getId();
  }

  /**
   * The customer asks for a live follow-up of their completed session: a session of its own at the
   * same shop for the same service and vehicle, asked and paid like any other, waiting for the same
   * mechanic alone for 15 minutes, then for the shop's queue.
   */
  @PreAuthorize("hasRole('" + Roles.CUSTOMER + "')")
  public UUID requestLive(UUID parentId, Kind kind, String problem) {
    ConsultSession parent = completedOwn(parentId);
    UUID mechanic = Objects.requireNonNull(parent.getMechanicId());
    UUID offering = parent.getOfferingId();
    if (offering == null) {
      throw new NotFoundException("consult.request.service-gone");
    }
    return live.request(
        new LiveSessions.Request(
            membership.ref(parent.getShopId()).slug(),
            offering,
            parent.getVehicle(),
            problem,
            List.of()),
        new LiveSessions.FollowUpTerms(
            parentId,
            kind.name(),
            membership.isMember(parent.getShopId(), mechanic) ? mechanic : null,
            LIVE_RESERVED));
  }

  /** The session's quick questions and their answers, for whoever may see the session. */
  @Transactional(readOnly = true)
  public List<Question> questions(UUID parentId) {
    access.visible(parentId);
    return questions.findByParentSessionIdOrderByAskedAt(parentId).stream()
        .map(FollowUps::question)
        .toList();
  }

  /** The session this one follows up, for whoever may see this one. */
  @Transactional(readOnly = true)
  public Optional<Link> parentOf(UUID sessionId) {
    ConsultSession session = access.visible(sessionId);
    return Optional.ofNullable(session.getParentSessionId())
        .flatMap(sessions::findById)
        .map(this::link);
  }

  /** The live follow-ups of a session, oldest first, for whoever may see it. */
  @Transactional(readOnly = true)
  public List<Link> followUpsOf(UUID parentId) {
    access.visible(parentId);
    return sessions.findByParentSessionIdOrderByRequestedAt(parentId).stream()
        .map(this::link)
        .toList();
  }

  static Question question(FollowUpQuestion q) {
    return new Question(
        q.getId(),
        q.getParentSessionId(),
        q.getQuestion(),
        q.getAskedAt(),
        q.getAnswer(),
        q.getAnsweredByName(),
        q.getAnsweredAt());
  }

  private Link link(ConsultSession s) {
    return new Link(
        s.getId(),
        s.getServiceName(),
        s.getRequestedAt(),
        membership.zoneOf(s.getShopId()),
        s.getFollowUp() == null ? null : Kind.valueOf(s.getFollowUp()),
        s.getStatus());
  }

  /** The customer's own session, completed with a mechanic; refused otherwise. */
  private ConsultSession completedOwn(UUID parentId) {
    ConsultSession parent = access.found(parentId);
    if (!parent.getCustomerId().equals(CurrentUser.require().id())) {
      throw new NotFoundException("consult.session.not-found");
    }
    if (!completed(parent)) {
      throw new ConflictException("consult.follow-up.not-completed");
    }
    return parent;
  }

  private static boolean completed(ConsultSession session) {
    return session.getStatus() == SessionStatus.ENDED && session.getMechanicId() != null;
  }

  private static Instant freeUntil(ConsultSession parent) {
    return Objects.requireNonNull(parent.getEndedAt()).plus(FREE_WINDOW);
  }

  private Optional<LiveSessions.RemoteService> service(ConsultSession parent) {
    UUID offering = parent.getOfferingId();
    return offering == null
        ? Optional.empty()
        : live.remoteService(membership.ref(parent.getShopId()).slug(), offering);
  }
}

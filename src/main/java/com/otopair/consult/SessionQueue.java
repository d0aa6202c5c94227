package com.otopair.consult;

import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.NotFoundException;
import com.otopair.base.PlainText;
import com.otopair.base.Roles;
import com.otopair.base.SignedInUser;
import com.otopair.consult.domain.ConsultSession;
import com.otopair.consult.domain.ConsultSessionRepository;
import com.otopair.scheduling.BusyTimes;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live sessions as mechanics see them: the queue of the shops they work at, the claim that only one
 * of them wins (decided by PostgreSQL), and giving a session back with a reason.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.MECHANIC + "')")
public class SessionQueue {

  public static final int MAX_REASON = 500;

  private final ConsultSessionRepository sessions;
  private final SessionAccess access;
  private final SessionMoves moves;
  private final ShopService shops;
  private final ShopMembership membership;
  private final BusyTimes busyTimes;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ConsultMetrics metrics;

  SessionQueue(
      ConsultSessionRepository sessions,
      SessionAccess access,
      SessionMoves moves,
      ShopService shops,
      ShopMembership membership,
      Optional<BusyTimes> busyTimes,
      ApplicationEventPublisher events,
      Clock clock,
      ConsultMetrics metrics) {
    this.sessions = sessions;
    this.access = access;
    this.moves = moves;
    this.shops = shops;
    this.membership = membership;
    this.busyTimes = busyTimes.orElse((mechanics, from, to) -> List.of());
    this.events = events;
    this.clock = clock;
    this.metrics = metrics;
  }

  /**
   * Sessions waiting at the shops the mechanic works at, oldest request first; a follow-up reserved
   * for another mechanic shows once its reservation ends.
   */
  @Transactional(readOnly = true)
  public List<SessionSummary> available() {
    List<UUID> shopIds = shops.myShops().stream().map(ShopDetails::id).toList();
    if (shopIds.isEmpty()) {
      return List.of();
    }
    return sessions.waitingAt(shopIds, CurrentUser.require().id(), clock.instant()).stream()
        .map(access::summary)
        .toList();
  }

  /**
   * The mechanic's active session first, then the sessions booked with them (waiting for them now,
   * then those to come, soonest first), then their past ones, newest first.
   */
  @Transactional(readOnly = true)
  public List<SessionSummary> yours() {
    UUID me = CurrentUser.require().id();
    List<ConsultSession> worked = sessions.ofMechanic(me, PageRequest.of(0, 30)).getContent();
    List<ConsultSession> active =
        worked.stream().filter(s -> s.getStatus() == SessionStatus.ACTIVE).toList();
    List<ConsultSession> booked =
        sessions.bookedFor(me).stream()
            .sorted(
                Comparator.comparing((ConsultSession s) -> s.getStatus() != SessionStatus.WAITING))
            .toList();
    return Stream.of(active, booked, worked.stream().filter(s -> !active.contains(s)).toList())
        .flatMap(List::stream)
        .map(access::summary)
        .toList();
  }

  /**
   * The mechanic takes a waiting session. Of many mechanics claiming it at once exactly one wins;
   * the others are told another mechanic took it. A mechanic in an in-shop booking right now, or
   * already in a session, cannot claim.
   */
  public void claim(UUID sessionId) {
    SignedInUser me = CurrentUser.require();
    ConsultSession session = access.found(sessionId);
    if (!membership.isMember(session.getShopId(), me.id())) {
      throw new NotFoundException("consult.session.not-found");
    }
    Instant now = clock.instant();
    boolean bookedForMe = me.id().equals(session.getBookedMechanicId());
    if (session.getBookedMechanicId() != null && !bookedForMe) {
      throw new ConflictException("consult.claim.booked-for-other");
    }
    // A booked session's own booking is the mechanic's time now; any other booking is not.
    if (!bookedForMe && !busyTimes.busy(List.of(me.id()), now, now.plusSeconds(1)).isEmpty()) {
      throw new ConflictException("consult.claim.in-booking");
    }
    if (sessions.countActiveOf(me.id()) > 0) {
      throw new ConflictException("consult.claim.already-in-session");
    }
    int claimed;
    try {
      claimed = sessions.claim(sessionId, me.id(), me.displayName(), now);
    } catch (DataIntegrityViolationException e) {
      throw new ConflictException("consult.claim.already-in-session");
    }
    if (claimed == 0) {
      throw new ConflictException(
          switch (session.getStatus()) {
            case SCHEDULED -> "consult.claim.not-yet";
            case WAITING ->
                reservedForAnother(session, me.id(), now)
                    ? "consult.claim.reserved"
                    : "consult.claim.taken";
            case ACTIVE -> "consult.claim.taken";
            default -> "consult.claim.gone";
          });
    }
    metrics.claimed(Duration.between(session.getQueuedAt(), now));
    moves.notice(session, "consult.chat.notice.joined", me.displayName());
    events.publishEvent(
        new MechanicJoinedSession(
            sessionId, me.id(), session.getCustomerId(), now, session.getBookingId()));
    events.publishEvent(
        new SessionChanged(sessionId, session.getShopId(), session.getCustomerId()));
  }

  /** A follow-up that still waits for its own mechanic alone. */
  private static boolean reservedForAnother(ConsultSession session, UUID me, Instant now) {
    return session.getReservedUntil() != null
        && session.getReservedUntil().isAfter(now)
        && !me.equals(session.getReservedMechanicId());
  }

  /** The mechanic gives an active session back to the queue, saying why. */
  public void release(UUID sessionId, String reason) {
    SignedInUser me = CurrentUser.require();
    ConsultSession session = access.participant(sessionId);
    String why = reason.strip();
    if (why.isEmpty()) {
      throw new InvalidRequestException("reason", "consult.release.reason.required");
    }
    if (why.length() > MAX_REASON) {
      throw new InvalidRequestException(
          "reason", "consult.release.reason.too-long", String.valueOf(MAX_REASON));
    }
    PlainText.requireLine("reason", why);
    if (sessions.release(sessionId, me.id(), clock.instant()) == 0) {
      throw new ConflictException("consult.release.not-active");
    }
    moves.lapseOffers(sessionId);
    moves.notice(session, "consult.chat.notice.released", me.displayName(), why);
    events.publishEvent(
        new SessionChanged(sessionId, session.getShopId(), session.getCustomerId()));
  }
}

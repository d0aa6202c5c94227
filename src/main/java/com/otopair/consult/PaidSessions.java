package com.otopair.consult;

import com.otopair.consult.domain.ConsultSession;
import com.otopair.consult.domain.ConsultSessionRepository;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the payments module tells a paying session, from Stripe's webhooks or the outbox, without a
 * signed-in user: its price is held (it enters the shop's queue) or will never be (it expires).
 */
@Service
@Transactional
public class PaidSessions {

  private final ConsultSessionRepository sessions;
  private final SessionMoves moves;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PaidSessions(
      ConsultSessionRepository sessions,
      SessionMoves moves,
      ApplicationEventPublisher events,
      Clock clock) {
    this.sessions = sessions;
    this.moves = moves;
    this.events = events;
    this.clock = clock;
  }

  /**
   * The session's price is authorized: it enters its shop's queue, and the shop's mechanics hear of
   * it. False when it no longer waits for its payment (given up, expired, or its customer already
   * waits in a queue): then the money must go back.
   */
  public boolean paid(UUID sessionId) {
    if (sessions.paid(sessionId, clock.instant()) == 1) {
      ConsultSession session = sessions.findById(sessionId).orElseThrow();
      events.publishEvent(
          new SessionRequested(session.getId(), session.getShopId(), session.getCustomerId()));
      events.publishEvent(
          new SessionChanged(session.getId(), session.getShopId(), session.getCustomerId()));
      return true;
    }
    // Still on the payment page only when its customer waits in another queue: it ends unpaid.
    sessions.findById(sessionId).ifPresent(this::notPaid);
    return false;
  }

  /** The session's price will never be paid (its payment page expired): the session expires. */
  public void paymentFailed(UUID sessionId) {
    sessions.findById(sessionId).ifPresent(this::notPaid);
  }

  private void notPaid(ConsultSession session) {
    moves.finish(session, SessionStatus.PAYING, SessionStatus.EXPIRED, EndReason.NOT_PAID);
  }
}

package com.otopair.consult;

import com.otopair.consult.domain.ChatMessage;
import com.otopair.consult.domain.ChatMessageRepository;
import com.otopair.consult.domain.ConsultSession;
import com.otopair.consult.domain.ConsultSessionRepository;
import com.otopair.consult.domain.ExtensionRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The moves that finish a session, shared by its people, support and the watch jobs. A move is one
 * conditional update; only the request whose update changed the row tells anyone.
 */
@Component
class SessionMoves {

  private final ConsultSessionRepository sessions;
  private final ChatMessageRepository messages;
  private final ExtensionRepository offers;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SessionMoves(
      ConsultSessionRepository sessions,
      ChatMessageRepository messages,
      ExtensionRepository offers,
      ApplicationEventPublisher events,
      Clock clock) {
    this.sessions = sessions;
    this.messages = messages;
    this.offers = offers;
    this.events = events;
    this.clock = clock;
  }

  /** Moves the session from {@code from} to the finished {@code to}; false if it was not there. */
  boolean finish(ConsultSession session, SessionStatus from, SessionStatus to, EndReason reason) {
    int changed =
        sessions.finish(session.getId(), from.name(), to.name(), reason.name(), clock.instant());
    if (changed == 0) {
      return false;
    }
    if (from == SessionStatus.ACTIVE) {
      notice(session, "consult.chat.notice.ended." + reasonKey(reason));
    }
    events.publishEvent(
        new SessionFinished(
            session.getId(),
            session.getShopId(),
            session.getCustomerId(),
            to,
            reason,
            session.getBookingId()));
    events.publishEvent(
        new SessionChanged(session.getId(), session.getShopId(), session.getCustomerId()));
    return true;
  }

  /** Adds Otopair's own line to the chat, read in each reader's language. */
  void notice(ConsultSession session, String key, String... args) {
    messages.save(ChatMessage.notice(session.getId(), key, List.of(args), clock.instant()));
    events.publishEvent(new ChatPosted(session.getId()));
  }

  /**
   * An open offer of more time lapses when its session stops running (however it stopped: this
   * listener runs in the transaction that finished it) or changes hands.
   */
  @EventListener
  void lapseOffers(SessionFinished finished) {
    lapseOffers(finished.sessionId());
  }

  void lapseOffers(java.util.UUID sessionId) {
    offers.lapse(sessionId, clock.instant());
  }

  private static String reasonKey(EndReason reason) {
    return switch (reason) {
      case TIME_UP -> "time-up";
      case CUSTOMER -> "customer";
      case ADMIN -> "admin";
      default -> "mechanic";
    };
  }
}

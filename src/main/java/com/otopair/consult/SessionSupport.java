package com.otopair.consult;

import com.otopair.base.ClientAddress;
import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.PlainText;
import com.otopair.base.Roles;
import com.otopair.consult.domain.ConsultSession;
import com.otopair.consult.domain.ExtensionRepository;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What support does to a live session by hand: end it, or ask for a refund. Each takes a reason,
 * which the audit log keeps with who acted.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class SessionSupport {

  /** The longest reason support may give, kept in the audit log. */
  public static final int MAX_REASON = 500;

  private final SessionAccess access;
  private final SessionMoves moves;
  private final ExtensionRepository extensions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SessionSupport(
      SessionAccess access,
      SessionMoves moves,
      ExtensionRepository extensions,
      ApplicationEventPublisher events,
      Clock clock) {
    this.extensions = extensions;
    this.access = access;
    this.moves = moves;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Ends an active session now, for {@code reason}: its chat says support ended it and its people
   * are told, as when they end it themselves. Of two admins ending it at once, one does.
   */
  public void end(UUID sessionId, String reason) {
    String why = reason(reason);
    ConsultSession session = access.found(sessionId);
    if (!moves.finish(session, SessionStatus.ACTIVE, SessionStatus.ENDED, EndReason.ADMIN)) {
      throw new ConflictException("consult.end.not-active");
    }
    audit(
        SessionAudited.ENDED,
        session,
        "consult.audit.ended",
        session.getCustomerName(),
        session.getShopName(),
        why);
  }

  /**
   * Asks the payments module to give the customer back {@code amount} (at most what the session
   * cost: its price and its accepted extra time) of a paid session that ran, for {@code reason}. A
   * booked session is refunded from its booking's payment.
   */
  public void refund(UUID sessionId, Money amount, String reason) {
    ConsultSession session = access.found(sessionId);
    if (session.isFree()) {
      throw new InvalidRequestException(null, "consult.admin.refund.free");
    }
    if (session.getStatus() != SessionStatus.ENDED) {
      throw new InvalidRequestException(null, "consult.admin.refund.not-ended");
    }
    if (session.getBookingId() != null) {
      throw new InvalidRequestException(null, "consult.admin.refund.booked");
    }
    Money price = cost(session);
    if (!amount.currency().equals(price.currency())
        || amount.minor() <= 0
        || amount.minor() > price.minor()) {
      throw new InvalidRequestException(
          "amount", "consult.admin.refund.amount.range", price.format());
    }
    String why = reason(reason);
    events.publishEvent(
        new SessionRefundRequested(session.getId(), amount, why, CurrentUser.require().id()));
    audit(
        SessionAudited.REFUND_REQUESTED,
        session,
        "consult.audit.refund-requested",
        Formats.of(I18n.ENGLISH).money(amount),
        session.getCustomerName(),
        session.getShopName(),
        why);
  }

  /**
   * What a session cost its customer: its price and its accepted extra time, the most to refund.
   */
  @Transactional(readOnly = true)
  public Money refundable(UUID sessionId) {
    return cost(access.found(sessionId));
  }

  private Money cost(ConsultSession session) {
    // The extra time is charged on its own, each accepted offer once.
    return new Money(
        session.getPriceMinor() + extensions.acceptedMinor(session.getId()), session.getCurrency());
  }

  private static String reason(@Nullable String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new InvalidRequestException("reason", "consult.admin.reason.required");
    }
    if (why.length() > MAX_REASON) {
      throw new InvalidRequestException(
          "reason", "consult.admin.reason.too-long", String.valueOf(MAX_REASON));
    }
    PlainText.requireLines("reason", why);
    return why;
  }

  private void audit(String action, ConsultSession session, String key, String... args) {
    events.publishEvent(
        new SessionAudited(
            action,
            CurrentUser.require().email(),
            "session " + session.getId(),
            key,
            List.of(args),
            ClientAddress.current(),
            clock.instant()));
  }
}

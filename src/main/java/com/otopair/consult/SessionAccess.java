package com.otopair.consult;

import com.otopair.base.CurrentUser;
import com.otopair.base.FileStore;
import com.otopair.base.Money;
import com.otopair.base.NotFoundException;
import com.otopair.base.Roles;
import com.otopair.base.SignedInUser;
import com.otopair.consult.domain.ConsultSession;
import com.otopair.consult.domain.ConsultSessionRepository;
import com.otopair.consult.domain.SessionPhotoRepository;
import com.otopair.shops.ShopMembership;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may see a session: its customer, its mechanic, a mechanic or owner of its shop while it waits
 * in the queue or afterwards, and support. Anyone else is told it does not exist.
 */
@Component
class SessionAccess {

  private final ConsultSessionRepository sessions;
  private final SessionPhotoRepository photos;
  private final ShopMembership membership;

  SessionAccess(
      ConsultSessionRepository sessions, SessionPhotoRepository photos, ShopMembership membership) {
    this.sessions = sessions;
    this.photos = photos;
    this.membership = membership;
  }

  /** The session, if the signed-in user may see it. */
  ConsultSession visible(UUID sessionId) {
    SignedInUser me = CurrentUser.require();
    ConsultSession session = found(sessionId);
    if (me.role().equals(Roles.ADMIN)
        || session.getCustomerId().equals(me.id())
        || me.id().equals(session.getMechanicId())
        || membership.isMember(session.getShopId(), me.id())) {
      return session;
    }
    throw new NotFoundException("consult.session.not-found");
  }

  /** The session, if the signed-in user is its customer or its mechanic. */
  ConsultSession participant(UUID sessionId) {
    SignedInUser me = CurrentUser.require();
    ConsultSession session = found(sessionId);
    if (session.getCustomerId().equals(me.id()) || me.id().equals(session.getMechanicId())) {
      return session;
    }
    throw new NotFoundException("consult.session.not-found");
  }

  /** Whether the signed-in user runs the session's shop (an owner of it) or is support. */
  boolean ownerOrSupport(ConsultSession session) {
    SignedInUser me = CurrentUser.require();
    return me.role().equals(Roles.ADMIN) || membership.isOwner(session.getShopId(), me.id());
  }

  ConsultSession found(UUID sessionId) {
    return sessions
        .findById(sessionId)
        .orElseThrow(() -> new NotFoundException("consult.session.not-found"));
  }

  SessionSummary summary(ConsultSession s) {
    return new SessionSummary(
        s.getId(),
        s.getShopId(),
        s.getShopName(),
        s.getServiceName(),
        s.getMode(),
        s.getCustomerId(),
        s.getCustomerName(),
        s.getMechanicId(),
        s.getMechanicName(),
        s.getVehicle(),
        s.getProblem(),
        s.getStatus(),
        s.getDurationMinutes(),
        new Money(s.getPriceMinor(), s.getCurrency()),
        s.isFree(),
        s.getWaitLimitMinutes(),
        s.getRequestedAt(),
        s.getQueuedAt(),
        s.getClaimedAt(),
        s.getEndsAt(),
        s.getEndedAt(),
        s.getEndReason(),
        photos.findBySessionIdOrderByPosition(s.getId()).stream()
            .map(p -> FileStore.url(p.getFileKey()))
            .toList(),
        s.getBookingId(),
        s.getStartsAt(),
        s.getBookedMechanicId(),
        s.getBookedMechanicName(),
        membership.zoneOf(s.getShopId()));
  }
}

package com.otopair.consult;

import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.NotFoundException;
import com.otopair.base.SignedInUser;
import com.otopair.consult.domain.ConsultSession;
import com.otopair.consult.domain.ConsultSessionRepository;
import com.otopair.consult.domain.Extension;
import com.otopair.consult.domain.ExtensionRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Five more minutes: the session's mechanic offers them at a price, its customer takes them or not,
 * and the price is charged on its own through {@link SessionPayments}. A session has one open offer
 * at a time. Every move locks the session's row first, so an answer, the session's end and the
 * watch's completion happen one after the other, and an accepted offer moves the end once.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ExtraTime {

  public static final int MINUTES = 5;
  public static final Money MAX_PRICE = new Money(100_000, "CAD");

  private final ExtensionRepository offers;
  private final ConsultSessionRepository sessions;
  private final SessionAccess access;
  private final SessionMoves moves;
  private final SessionPayments payments;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ExtraTime(
      ExtensionRepository offers,
      ConsultSessionRepository sessions,
      SessionAccess access,
      SessionMoves moves,
      SessionPayments payments,
      ApplicationEventPublisher events,
      Clock clock) {
    this.offers = offers;
    this.sessions = sessions;
    this.access = access;
    this.moves = moves;
    this.payments = payments;
    this.events = events;
    this.clock = clock;
  }

  /**
   * What the mechanic asks unless they change it: five minutes at the service's rate, to the cent.
   */
  @Transactional(readOnly = true)
  public Money suggestedPrice(UUID sessionId) {
    ConsultSession session = access.participant(sessionId);
    long minor =
        BigDecimal.valueOf(session.getPriceMinor() * MINUTES)
            .divide(BigDecimal.valueOf(session.getDurationMinutes()), 0, RoundingMode.HALF_UP)
            .longValueExact();
    return new Money(minor, session.getCurrency());
  }

  /**
   * The session's mechanic offers five more minutes at {@code price} (in the session's currency).
   */
  public ExtraTimeOffer offer(UUID sessionId, @Nullable BigDecimal price) {
    SignedInUser me = CurrentUser.require();
    String status = sessions.lockStatus(sessionId).orElse("");
    ConsultSession session = access.participant(sessionId);
    if (!me.id().equals(session.getMechanicId())) {
      throw new NotFoundException("consult.session.not-found");
    }
    Money money = checked(price, session.getCurrency());
    if (!status.equals(SessionStatus.ACTIVE.name())) {
      throw new ConflictException("consult.extra.not-active");
    }
    if (offers.offered(sessionId).isPresent()) {
      throw new ConflictException("consult.extra.already-offered");
    }
    var offer =
        new Extension(
            sessionId, me.id(), MINUTES, money.minor(), money.currency(), clock.instant());
    try {
      offers.saveAndFlush(offer);
    } catch (DataIntegrityViolationException e) {
      throw new ConflictException("consult.extra.already-offered");
    }
    moves.notice(
        session, "consult.chat.notice.extra.offered", me.displayName(), String.valueOf(MINUTES));
    events.publishEvent(
        new SessionChanged(sessionId, session.getShopId(), session.getCustomerId()));
    return view(offer, ExtraTimeOffer.State.OFFERED);
  }

  /**
   * The customer takes the offer: the session ends five minutes later and the price is charged. Of
   * two acceptances at once, one counts; the other is told the offer is no longer open.
   */
  public void accept(UUID offerId) {
    Extension offer = answerable(offerId);
    ConsultSession session = access.found(offer.getSessionId());
    Instant now = clock.instant();
    if (offers.answer(offerId, ExtraTimeOffer.State.ACCEPTED.name(), now) == 0
        || sessions.extend(session.getId(), offer.getMechanicId(), offer.getMinutes()) == 0) {
      throw new ConflictException("consult.extra.closed");
    }
    payments.chargeExtra(
        session.getId(), offerId, new Money(offer.getPriceMinor(), offer.getCurrency()));
    moves.notice(session, "consult.chat.notice.extra.accepted", String.valueOf(offer.getMinutes()));
    events.publishEvent(
        new SessionChanged(session.getId(), session.getShopId(), session.getCustomerId()));
  }

  /** The customer says no: the session ends when it would have. */
  public void decline(UUID offerId) {
    Extension offer = answerable(offerId);
    ConsultSession session = access.found(offer.getSessionId());
    if (offers.answer(offerId, ExtraTimeOffer.State.DECLINED.name(), clock.instant()) == 0) {
      throw new ConflictException("consult.extra.closed");
    }
    moves.notice(session, "consult.chat.notice.extra.declined");
    events.publishEvent(
        new SessionChanged(session.getId(), session.getShopId(), session.getCustomerId()));
  }

  /** The session's open offer, if there is one. */
  @Transactional(readOnly = true)
  public Optional<ExtraTimeOffer> pending(UUID sessionId) {
    access.visible(sessionId);
    return offers.offered(sessionId).map(o -> view(o, ExtraTimeOffer.State.OFFERED));
  }

  /** The offer, for its session's customer, with the session's row locked. */
  private Extension answerable(UUID offerId) {
    Extension offer =
        offers
            .findById(offerId)
            .orElseThrow(() -> new NotFoundException("consult.extra.not-found"));
    String status = sessions.lockStatus(offer.getSessionId()).orElse("");
    ConsultSession session = access.participant(offer.getSessionId());
    if (!session.getCustomerId().equals(CurrentUser.require().id())) {
      throw new NotFoundException("consult.extra.not-found");
    }
    if (!status.equals(SessionStatus.ACTIVE.name())) {
      throw new ConflictException("consult.extra.closed");
    }
    return offer;
  }

  private static Money checked(@Nullable BigDecimal price, String currency) {
    if (price == null) {
      throw new InvalidRequestException("price", "consult.extra.price.required");
    }
    if (price.signum() < 0) {
      throw new InvalidRequestException("price", "consult.extra.price.negative");
    }
    if (price.stripTrailingZeros().scale() > 2) {
      throw new InvalidRequestException("price", "consult.extra.price.cents");
    }
    if (price.compareTo(MAX_PRICE.amount()) > 0) {
      throw new InvalidRequestException(
          "price", "consult.extra.price.too-high", new Money(MAX_PRICE.minor(), currency).format());
    }
    return Money.of(price, currency);
  }

  private static ExtraTimeOffer view(Extension e, ExtraTimeOffer.State state) {
    return new ExtraTimeOffer(
        e.getId(),
        e.getSessionId(),
        e.getMinutes(),
        new Money(e.getPriceMinor(), e.getCurrency()),
        state,
        e.getOfferedAt());
  }
}

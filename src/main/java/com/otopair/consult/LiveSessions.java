package com.otopair.consult;

import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.FileStore;
import com.otopair.base.Images;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.NotFoundException;
import com.otopair.base.PlainText;
import com.otopair.base.Roles;
import com.otopair.base.SignedInUser;
import com.otopair.consult.domain.ConsultSession;
import com.otopair.consult.domain.ConsultSessionRepository;
import com.otopair.consult.domain.SessionPhoto;
import com.otopair.consult.domain.SessionPhotoRepository;
import com.otopair.scheduling.Availability;
import com.otopair.scheduling.BookingPolicy;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live sessions as their customers see them: ask a shop for one of its remote services, wait in its
 * queue (or leave it), end an active session, and read their sessions.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class LiveSessions {

  /** How long a session waits for a mechanic before it expires, unless the shop says otherwise. */
  public static final int DEFAULT_WAIT_LIMIT_MINUTES = BookingPolicy.DEFAULT_LIVE_WAIT_MINUTES;

  public static final int MAX_PROBLEM = 2000;
  public static final int MAX_VEHICLE = 120;
  public static final int MAX_PHOTOS = 5;

  private final ConsultSessionRepository sessions;
  private final SessionPhotoRepository photos;
  private final SessionAccess access;
  private final SessionMoves moves;
  private final ShopService shops;
  private final ServiceMenu menu;
  private final FileStore files;
  private final SessionPayments payments;
  private final Availability availability;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  LiveSessions(
      ConsultSessionRepository sessions,
      SessionPhotoRepository photos,
      SessionAccess access,
      SessionMoves moves,
      ShopService shops,
      ServiceMenu menu,
      FileStore files,
      SessionPayments payments,
      Availability availability,
      ApplicationEventPublisher events,
      Clock clock) {
    this.availability = availability;
    this.sessions = sessions;
    this.photos = photos;
    this.access = access;
    this.moves = moves;
    this.shops = shops;
    this.menu = menu;
    this.files = files;
    this.payments = payments;
    this.events = events;
    this.clock = clock;
  }

  /** What the customer asks for, as the intake form collects it. */
  public record Request(
      String shopSlug, UUID serviceId, String vehicle, String problem, List<byte[]> photos) {}

  /** A shop's remote service the customer may ask for now, with its price. */
  public record RemoteService(ShopDetails shop, Offering service) {}

  /** The remote service of a live shop that the intake form is for. */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public Optional<RemoteService> remoteService(String shopSlug, UUID serviceId) {
    if (!(shops.publicPage(shopSlug) instanceof ShopService.PublicPage.Found found)) {
      return Optional.empty();
    }
    return menu.publicMenu(found.shop().id()).stream()
        .filter(o -> serviceId.equals(o.id()) && o.mode() != OfferingMode.IN_SHOP)
        .findFirst()
        .map(o -> new RemoteService(found.shop(), o));
  }

  /** Whether this is a video service left off the menus because video calls are unavailable. */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public boolean videoUnavailable(UUID serviceId) {
    return !menu.videoAvailable()
        && menu.modeOf(serviceId).filter(OfferingMode.REMOTE_VIDEO::equals).isPresent();
  }

  /** Whether sessions are free for now (card payments are off). */
  @PreAuthorize("permitAll()")
  public boolean free() {
    return payments.free();
  }

  /**
   * Puts the customer's request into the shop's queue; with card payments, it first waits for its
   * price to be authorized on the payment page ({@link #paymentPage}). One waiting session per
   * customer: a second request while one waits is refused; a session still on the payment page is
   * given up instead, so an abandoned payment never blocks its customer.
   */
  @PreAuthorize("hasRole('" + Roles.CUSTOMER + "')")
  public UUID request(Request request) {
    return request(request, null);
  }

  /**
   * What a follow-up changes in a request: the session it follows, a mini extension's length and
   * price (the service's otherwise), and the mechanic it waits for alone (none when they left the
   * shop) for {@code reserve} after it enters the queue, before the shop's usual wait limit counts.
   */
  record FollowUpTerms(UUID parentId, String kind, @Nullable UUID mechanicId, Duration reserve) {

    boolean mini() {
      return FollowUps.Kind.MINI.name().equals(kind);
    }
  }

  /** A request, or a follow-up's when {@code followUp} is given: the same checks and payment. */
  UUID request(Request request, @Nullable FollowUpTerms followUp) {
    SignedInUser me = CurrentUser.require();
    RemoteService remote =
        remoteService(request.shopSlug(), request.serviceId())
            .orElseThrow(() -> new NotFoundException("consult.request.service-gone"));
    String vehicle = request.vehicle().strip();
    String problem = request.problem().strip();
    if (vehicle.isEmpty()) {
      throw new InvalidRequestException("vehicle", "consult.request.vehicle.required");
    }
    if (vehicle.length() > MAX_VEHICLE) {
      throw new InvalidRequestException(
          "vehicle", "consult.request.vehicle.too-long", String.valueOf(MAX_VEHICLE));
    }
    PlainText.requireLine("vehicle", vehicle);
    if (problem.isEmpty()) {
      throw new InvalidRequestException("problem", "consult.request.problem.required");
    }
    if (problem.length() > MAX_PROBLEM) {
      throw new InvalidRequestException(
          "problem", "consult.request.problem.too-long", String.valueOf(MAX_PROBLEM));
    }
    PlainText.requireLines("problem", problem);
    if (request.photos().size() > MAX_PHOTOS) {
      throw new InvalidRequestException(
          "photos", "consult.request.photos.too-many", String.valueOf(MAX_PHOTOS));
    }
    List<Images.Picture> pictures =
        request.photos().stream().map(bytes -> Images.photo(bytes, "photos")).toList();
    if (sessions.countByCustomerIdAndStatus(me.id(), SessionStatus.WAITING) > 0) {
      throw new ConflictException("consult.request.already-waiting");
    }
    for (ConsultSession unpaid :
        sessions.findByCustomerIdAndStatus(me.id(), SessionStatus.PAYING)) {
      moves.finish(unpaid, SessionStatus.PAYING, SessionStatus.CANCELLED, EndReason.NOT_PAID);
    }
    Instant now = clock.instant();
    Offering service = remote.service();
    int waitLimit = availability.policy(remote.shop().id()).liveWaitMinutes();
    boolean mini = followUp != null && followUp.mini();
    Money price = mini ? payments.miniExtensionPrice(service.price()) : service.price();
    ConsultSession session =
        new ConsultSession(
            remote.shop().id(),
            remote.shop().name(),
            service.id(),
            service.name(),
            service.mode().name(),
            me.id(),
            me.displayName(),
            vehicle,
            problem,
            mini ? FollowUps.MINI_MINUTES : service.durationMinutes(),
            price.minor(),
            price.currency(),
            payments.free(),
            followUp == null || followUp.mechanicId() == null
                ? waitLimit
                : waitLimit + (int) followUp.reserve().toMinutes(),
            now);
    if (followUp != null) {
      ConsultSession.followUp(
          session,
          followUp.parentId(),
          followUp.kind(),
          followUp.mechanicId(),
          followUp.mechanicId() == null ? null : now.plus(followUp.reserve()));
    }
    try {
      sessions.saveAndFlush(session);
    } catch (DataIntegrityViolationException e) {
      throw new ConflictException("consult.request.already-waiting");
    }
    int position = 1;
    for (Images.Picture picture : pictures) {
      String key = files.put("session-photos", picture.content(), picture.contentType());
      photos.save(new SessionPhoto(session.getId(), position++, key, now));
    }
    if (session.getStatus() == SessionStatus.PAYING) {
      payments.checkoutUrl(checkout(session, me));
    } else {
      events.publishEvent(new SessionRequested(session.getId(), session.getShopId(), me.id()));
    }
    events.publishEvent(
        new SessionChanged(session.getId(), session.getShopId(), session.getCustomerId()));
    return session.getId();
  }

  /**
   * Where the customer authorizes the price of their session before it enters the queue; empty once
   * it is paid (or free, or over).
   */
  @PreAuthorize("hasRole('" + Roles.CUSTOMER + "')")
  public Optional<String> paymentPage(UUID sessionId) {
    ConsultSession session = own(sessionId);
    if (session.getStatus() != SessionStatus.PAYING) {
      return Optional.empty();
    }
    return payments.checkoutUrl(checkout(session, CurrentUser.require()));
  }

  private static SessionCheckout checkout(ConsultSession session, SignedInUser customer) {
    return new SessionCheckout(
        session.getId(),
        session.getShopId(),
        session.getCustomerId(),
        customer.email(),
        session.getShopName(),
        session.getServiceName(),
        new Money(session.getPriceMinor(), session.getCurrency()));
  }

  private ConsultSession own(UUID sessionId) {
    ConsultSession session = access.participant(sessionId);
    if (!session.getCustomerId().equals(CurrentUser.require().id())) {
      throw new NotFoundException("consult.session.not-found");
    }
    return session;
  }

  /** The session, for its customer, its mechanic, its shop's team and support. */
  @Transactional(readOnly = true)
  public SessionSummary get(UUID sessionId) {
    return access.summary(access.visible(sessionId));
  }

  /** The session a booking of a remote service made, for whoever may see it. */
  @Transactional(readOnly = true)
  public Optional<SessionSummary> ofBooking(UUID bookingId) {
    return sessions.findByBookingId(bookingId).map(s -> access.summary(access.visible(s.getId())));
  }

  /**
   * The customer leaves the queue before a mechanic claims the session, or gives up before paying.
   */
  public void leaveQueue(UUID sessionId) {
    ConsultSession session = own(sessionId);
    if (!moves.finish(session, SessionStatus.WAITING, SessionStatus.CANCELLED, EndReason.LEFT_QUEUE)
        && !moves.finish(
            session, SessionStatus.PAYING, SessionStatus.CANCELLED, EndReason.LEFT_QUEUE)) {
      throw new ConflictException("consult.leave.too-late");
    }
  }

  /** The customer or the mechanic ends an active session now. */
  public void end(UUID sessionId) {
    ConsultSession session = access.participant(sessionId);
    EndReason reason =
        session.getCustomerId().equals(CurrentUser.require().id())
            ? EndReason.CUSTOMER
            : EndReason.MECHANIC;
    if (!moves.finish(session, SessionStatus.ACTIVE, SessionStatus.ENDED, reason)) {
      throw new ConflictException("consult.end.not-active");
    }
  }

  /** Where the customer's waiting session stands in its shop's queue: 1 for next. */
  @Transactional(readOnly = true)
  public long positionInQueue(UUID sessionId) {
    ConsultSession session = access.visible(sessionId);
    if (session.getStatus() != SessionStatus.WAITING) {
      return 0;
    }
    return sessions.waitingBefore(session.getShopId(), session.getRequestedAt(), session.getId())
        + 1;
  }

  /** The signed-in customer's sessions, newest first. */
  @Transactional(readOnly = true)
  public List<SessionSummary> mine() {
    return sessions.ofCustomer(CurrentUser.require().id(), PageRequest.of(0, 50)).stream()
        .map(access::summary)
        .toList();
  }
}

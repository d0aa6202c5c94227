package com.otopair.consult;

import com.otopair.base.CurrentUser;
import com.otopair.base.Roles;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The start of a live session's intake: the intake page asks here for the remote service it is for,
 * and the customer's opening of it becomes a fact ({@link IntakeStarted}) the CRM counts, carrying
 * where the journey came in. Links to the intake say it with a {@code from} parameter.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.CUSTOMER + "')")
public class Intakes {

  /** The query parameter an entry page adds to its link to the intake. */
  public static final String FROM = "from";

  /** From "Talk to a mechanic now" (the {@code talk} page). */
  public static final String FROM_TALK = "talk";

  /** From a shop's page (its booking page's live card). */
  public static final String FROM_SHOP = "shop";

  /** From the search for shops. */
  public static final String FROM_FIND = "find";

  /** From an upsell card (a recommendation). */
  public static final String FROM_UPSELL = "upsell";

  /** From a follow-up of an earlier session. */
  public static final String FROM_FOLLOW_UP = "follow-up";

  /** From a booking taken over the phone. */
  public static final String FROM_PHONE = "phone";

  private static final int MAX_FROM = 24;

  private final LiveSessions live;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Intakes(LiveSessions live, ApplicationEventPublisher events, Clock clock) {
    this.live = live;
    this.events = events;
    this.clock = clock;
  }

  /**
   * The remote service of a live shop the signed-in customer starts an intake for, recorded as
   * started ({@code from} says where they came from); empty, and nothing recorded, when the shop or
   * the service is not there.
   */
  public Optional<LiveSessions.RemoteService> start(String shopSlug, UUID serviceId, String from) {
    Optional<LiveSessions.RemoteService> remote = live.remoteService(shopSlug, serviceId);
    remote.ifPresent(
        found ->
            events.publishEvent(
                new IntakeStarted(
                    UUID.randomUUID(),
                    found.shop().id(),
                    serviceId,
                    CurrentUser.require().id(),
                    sanitized(from),
                    clock.instant())));
    return remote;
  }

  /** A short, lower-case token: what an address may carry is never stored as it came. */
  static String sanitized(String from) {
    String token = from.strip().toLowerCase(java.util.Locale.ROOT);
    return token.length() <= MAX_FROM && token.matches("[a-z-]*") ? token : "";
  }
}

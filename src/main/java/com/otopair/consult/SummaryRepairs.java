package com.otopair.consult;

import com.otopair.base.CurrentUser;
import com.otopair.base.Roles;
import com.otopair.shops.ShopMembership;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The repair a sent summary recommends, as its customer books it: the summary page links to {@link
 * #followLink}, which records that the customer followed it ({@link SummaryRepairFollowed}, with
 * the link's {@code from}) and leads on to the shop's slot picker for the service, carrying the
 * session and the entry point. Another customer's summary, a draft, or a repair the shop no longer
 * offers in the shop leads nowhere.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.CUSTOMER + "')")
public class SummaryRepairs {

  private final SessionReports reports;
  private final ShopMembership shops;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SummaryRepairs(
      SessionReports reports, ShopMembership shops, ApplicationEventPublisher events, Clock clock) {
    this.reports = reports;
    this.shops = shops;
    this.events = events;
    this.clock = clock;
  }

  /** The summary page's link: through the recording of the follow, with where it comes from. */
  public static String followLink(UUID sessionId) {
    return "sessions/" + sessionId + "/summary/book?" + Intakes.FROM + "=" + Intakes.FROM_FOLLOW_UP;
  }

  /**
   * Records that the signed-in customer followed their summary's repair link from {@code from};
   * returns the shop's slot picker for the repair (with the session and {@code from}), or empty
   * when there is no repair of theirs to book there.
   */
  public Optional<String> follow(UUID sessionId, String from) {
    UUID me = CurrentUser.require().id();
    Optional<SessionReport> sent =
        reports.sent(sessionId).filter(report -> report.customerId().equals(me));
    if (sent.isEmpty() || sent.get().repairServiceId() == null) {
      return Optional.empty();
    }
    SessionReport report = sent.get();
    UUID repair = Objects.requireNonNull(report.repairServiceId());
    boolean offered =
        reports.repairServices(sessionId).stream().anyMatch(o -> repair.equals(o.id()));
    if (!offered) {
      return Optional.empty();
    }
    String entry = Intakes.sanitized(from);
    events.publishEvent(
        new SummaryRepairFollowed(sessionId, report.shopId(), me, repair, entry, clock.instant()));
    return Optional.of(
        bookingLink(shops.ref(report.shopId()).slug(), repair, sessionId)
            + (entry.isEmpty() ? "" : "&" + Intakes.FROM + "=" + entry));
  }

  /** The shop's slot picker for the recommended service, carrying the session it comes from. */
  public static String bookingLink(String shopSlug, UUID serviceId, UUID sessionId) {
    return "book/"
        + URLEncoder.encode(shopSlug, StandardCharsets.UTF_8)
        + "?service="
        + serviceId
        + "&session="
        + sessionId;
  }
}

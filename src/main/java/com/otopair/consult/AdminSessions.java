package com.otopair.consult;

import com.otopair.base.I18n;
import com.otopair.base.Money;
import com.otopair.base.Roles;
import com.otopair.base.Searches;
import com.otopair.consult.domain.ConsultSession;
import com.otopair.consult.domain.ConsultSessionRepository;
import com.otopair.shops.ShopMembership;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every live session for support, searched and filtered a page at a time: no total count, so a
 * million sessions answer as fast as a hundred. What support does to one is {@link SessionSupport}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class AdminSessions {

  /**
   * A session as support's grid shows it. {@code waited} is how long it waited for a mechanic (so
   * far, while it waits); {@code ran} how long it has run with one, or {@code null} if it never
   * did. Times are shown in the shop's {@code zone}.
   */
  public record Row(
      UUID id,
      UUID shopId,
      String shopName,
      String serviceName,
      String customerName,
      @Nullable String mechanicName,
      String vehicle,
      SessionStatus status,
      boolean free,
      Money price,
      Instant requestedAt,
      ZoneId zone,
      Duration waited,
      @Nullable Duration ran,
      String payment,
      boolean booked) {

    /**
     * Whether a refund may be asked for here: a paid session that ran (a booked one is refunded
     * from its booking's payment).
     */
    public boolean refundable() {
      return !free && !booked && status == SessionStatus.ENDED;
    }
  }

  /** A shop to filter by. */
  public record ShopChoice(UUID id, String name) {}

  private final ConsultSessionRepository sessions;
  private final SessionPaymentLabels payments;
  private final ShopMembership shops;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  AdminSessions(
      ConsultSessionRepository sessions,
      SessionPaymentLabels payments,
      ShopMembership shops,
      JdbcTemplate jdbc,
      Clock clock) {
    this.sessions = sessions;
    this.payments = payments;
    this.shops = shops;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * One page of the sessions that match, newest request first unless told otherwise, then by id.
   * Sort by {@code requestedAt}, {@code shopName}, {@code customerName} or {@code status}.
   */
  public Slice<Row> search(SessionFilter filter, Pageable page) {
    Pageable stable = Searches.stable(page, Sort.by(Sort.Direction.DESC, "requestedAt"));
    Slice<ConsultSession> found = sessions.findBy(matching(filter), q -> q.slice(stable));
    List<ConsultSession> content = found.getContent();
    Map<UUID, String> labels =
        payments.labels(
            content.stream()
                .map(
                    s ->
                        new SessionPaymentLabels.Charge(
                            s.getId(), s.isFree(), new Money(s.getPriceMinor(), s.getCurrency())))
                .toList());
    Map<UUID, ZoneId> zones = new HashMap<>();
    Instant now = clock.instant();
    List<Row> rows =
        content.stream()
            .map(
                s ->
                    row(
                        s,
                        zones.computeIfAbsent(s.getShopId(), shops::zoneOf),
                        labels.getOrDefault(s.getId(), I18n.t("consult.admin.payment.unknown")),
                        now))
            .toList();
    return new SliceImpl<>(rows, stable, found.hasNext());
  }

  /** The shops that have had sessions, by name, for the shop filter. */
  public List<ShopChoice> shops() {
    return jdbc.query(
        "select distinct shop_id, shop_name from consult_sessions order by shop_name, shop_id",
        (rs, i) -> new ShopChoice(rs.getObject("shop_id", UUID.class), rs.getString("shop_name")));
  }

  private static Row row(ConsultSession s, ZoneId zone, String payment, Instant now) {
    Instant claimed = s.getClaimedAt();
    Instant ended = s.getEndedAt();
    Instant waitedUntil = claimed != null ? claimed : ended != null ? ended : now;
    Duration ran = claimed == null ? null : Duration.between(claimed, ended != null ? ended : now);
    // A booked session waits from its time, not from when it was booked.
    Instant waitedFrom = s.getStartsAt() != null ? s.getStartsAt() : s.getRequestedAt();
    Duration waited = Duration.between(waitedFrom, waitedUntil);
    return new Row(
        s.getId(),
        s.getShopId(),
        s.getShopName(),
        s.getServiceName(),
        s.getCustomerName(),
        s.getMechanicName(),
        s.getVehicle(),
        s.getStatus(),
        s.isFree(),
        new Money(s.getPriceMinor(), s.getCurrency()),
        s.getRequestedAt(),
        zone,
        waited.isNegative() ? Duration.ZERO : waited,
        ran,
        payment,
        s.getBookingId() != null);
  }

  private static Specification<ConsultSession> matching(SessionFilter filter) {
    return (root, q, cb) -> {
      var predicate = cb.conjunction();
      if (!Searches.text(filter.text()).isEmpty()) {
        predicate =
            cb.and(
                predicate,
                cb.like(root.get("searchText"), Searches.containing(filter.text()), '\\'));
      }
      if (filter.status() != null) {
        predicate = cb.and(predicate, cb.equal(root.get("status"), filter.status()));
      }
      if (filter.shopId() != null) {
        predicate = cb.and(predicate, cb.equal(root.get("shopId"), filter.shopId()));
      }
      if (filter.from() != null) {
        predicate =
            cb.and(
                predicate,
                cb.greaterThanOrEqualTo(
                    root.<Instant>get("requestedAt"),
                    filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
      }
      if (filter.to() != null) {
        predicate =
            cb.and(
                predicate,
                cb.lessThan(
                    root.<Instant>get("requestedAt"),
                    filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
      }
      return predicate;
    };
  }
}

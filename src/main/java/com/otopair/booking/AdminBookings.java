package com.otopair.booking;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.PlausibleDates;
import com.otopair.base.Roles;
import com.otopair.base.Searches;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every shop's bookings for the admins, searched, filtered and sorted a page at a time, with no
 * total count: the first page of every filter and every order is read from an index (Liquibase 0068
 * copies the names it sorts and searches by onto each booking), so a million bookings answer as
 * fast as a hundred. What an admin does to one booking is elsewhere.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class AdminBookings {

  /**
   * A booking as the console shows it. Its times are shown in its shop's {@code zone}, which is
   * named beside them; {@code createdAt} is when it was made.
   */
  public record Row(
      UUID id,
      BookingStatus status,
      boolean cancelledLate,
      BookingSource source,
      UUID shopId,
      String shopName,
      ZoneId zone,
      UUID customerId,
      String customerName,
      String customerEmail,
      String mechanicName,
      String serviceName,
      Instant startsAt,
      Instant endsAt,
      Money price,
      Instant createdAt,
      BookingPaymentStates.State payment) {

    /** "Paid", "Not paid", "Partly refunded": the payment's state in the reader's language. */
    public String paymentLabel() {
      return payment.label();
    }
  }

  /** A shop to filter by. */
  public record ShopChoice(UUID id, String name) {}

  /** The widest offset from UTC of any zone (Kiribati's +14:00 and Baker Island's −12:00). */
  private static final Duration EAST = Duration.ofHours(14);

  private static final Duration WEST = Duration.ofHours(12);

  private static final String NO_FILTER = " where true";

  /**
   * How many rows of an order's index are read for a filtered page, a short walk and then a longer
   * one, before the filter's matches are all found and sorted.
   */
  private static final List<Integer> WALKS = List.of(2_000, 20_000);

  /** So many matches expected, or fewer, are found and sorted without walking an order's index. */
  private static final long FEW = 20_000;

  private volatile long few = FEW;

  /** The most rows one page may ask for. */
  public static final int MAX_PAGE = 500;

  private static final String COLUMNS =
      "id, status, cancelled_late, source, shop_id, shop_name, shop_zone, customer_id,"
          + " customer_name, customer_email, mechanic_name, service_name, starts_at, ends_at,"
          + " price_minor, currency, created_at";

  private final JdbcClient jdbc;
  private final ObjectProvider<BookingPaymentStates> payments;
  private final Clock clock;

  AdminBookings(JdbcClient jdbc, ObjectProvider<BookingPaymentStates> payments, Clock clock) {
    this.jdbc = jdbc;
    this.payments = payments;
    this.clock = clock;
  }

  /**
   * One page of the bookings that match, in the page's order ({@link
   * BookingConsoleFilter#DEFAULT_SORT}, the latest start first, when it has none), then by id in
   * the same direction, so rows with equal keys never repeat or vanish between pages. The orders
   * are those of {@link BookingConsoleFilter#SORTS}; another is refused ({@code sort}), and so is a
   * page of more than {@link #MAX_PAGE} rows ({@code size}).
   */
  public Slice<Row> search(BookingConsoleFilter filter, Pageable page) {
    if (page.isPaged() && page.getPageSize() > MAX_PAGE) {
      throw new InvalidRequestException("size", "booking.console.invalid.size", MAX_PAGE);
    }
    if (page.isUnpaged()) {
      page = PageRequest.of(0, MAX_PAGE, page.getSort());
    }
    PlausibleDates.require("from", filter.from(), clock);
    PlausibleDates.require("to", filter.to(), clock);
    Sort.Order order = order(page.getSort());
    var where = new StringBuilder(NO_FILTER);
    Map<String, Object> params = new HashMap<>();
    String folded = Searches.folded(filter.text());
    if (!folded.isEmpty()) {
      String like =
          "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
      params.put("like", like);
      UUID[] ids = idPrefix(filter.text().trim());
      if (ids == null) {
        where.append(" and search_text like :like");
      } else {
        where.append(" and (search_text like :like or id between :idLow and :idHigh)");
        params.put("idLow", ids[0]);
        params.put("idHigh", ids[1]);
      }
    }
    if (filter.status() != null) {
      where.append(" and status = :status");
      params.put("status", filter.status().name());
    }
    if (filter.source() != null) {
      where.append(" and source = :source");
      params.put("source", filter.source().name());
    }
    if (filter.shopId() != null) {
      where.append(" and shop_id = :shopId");
      params.put("shopId", filter.shopId());
    }
    // A day of a shop's zone lies within a UTC window widened by the widest offsets: the window
    // reads the index on starts_at, and the shop's own zone decides at its edges.
    if (filter.from() != null) {
      where.append(" and starts_at >= :fromUtc");
      where.append(" and cast(starts_at at time zone shop_zone as date) >= :fromDay");
      params.put(
          "fromUtc", utc(filter.from().atStartOfDay(ZoneOffset.UTC).toInstant().minus(EAST)));
      params.put("fromDay", filter.from());
    }
    if (filter.to() != null) {
      LocalDate after = filter.to().plusDays(1);
      where.append(" and starts_at < :toUtc");
      where.append(" and cast(starts_at at time zone shop_zone as date) <= :toDay");
      params.put("toUtc", utc(after.atStartOfDay(ZoneOffset.UTC).toInstant().plus(WEST)));
      params.put("toDay", filter.to());
    }
    String direction = order.isAscending() ? " asc" : " desc";
    var orderBy = new StringBuilder(" order by ");
    List<String> columns = columns(order.getProperty(), filter);
    for (String column : columns) {
      orderBy.append(column).append(direction).append(", ");
    }
    orderBy.append("id").append(direction);
    int size = Math.max(1, page.getPageSize());
    params.put("limit", size + 1);
    params.put("offset", page.getOffset());
    String page1 = orderBy + " limit :limit offset :offset";
    List<Raw> found;
    if (where.length() == NO_FILTER.length()
        || columns.getFirst().equals("starts_at")
        || (columns.getFirst().equals("status") && filter.status() != null)) {
      // The order's index answers directly, or (by start) the filter's.
      found = query("select " + COLUMNS + " from bookings" + where + page1, params);
    } else {
      // A filter and another order: read the first rows of the order's index and keep those that
      // match, which answers at once when the matches are spread through the order; when that
      // does not fill the page, the filter's own indexes find every match and they are sorted.
      // Matches bunched together (one customer's, one shop's) fill the page on the longer walk.
      // A filter the planner expects few matches of (a week, a shop's cancellations) skips the
      // walks: sorting its matches costs less than reading rows of the order that do not match.
      found = List.of();
      List<Integer> walks = estimate(where.toString(), params) <= few ? List.of() : WALKS;
      for (int budget : walks) {
        params.put("budget", budget);
        found =
            query(
                "select "
                    + COLUMNS
                    + " from (select * from bookings"
                    + orderBy
                    + " limit :budget) walked"
                    + where
                    + page1,
                params);
        if (found.size() > size) {
          break;
        }
      }
      if (found.size() <= size) {
        found =
            query(
                "with matching as materialized (select * from bookings"
                    + where
                    + ") select "
                    + COLUMNS
                    + " from matching"
                    + page1,
                params);
      }
    }
    boolean more = found.size() > size;
    List<Raw> content = more ? found.subList(0, size) : found;
    Map<UUID, BookingPaymentStates.State> states =
        content.isEmpty()
            ? Map.of()
            : payments
                .getIfAvailable(() -> ids -> Map.of())
                .states(content.stream().map(Raw::id).toList());
    List<Row> rows = new ArrayList<>(content.size());
    Map<String, ZoneId> zones = new HashMap<>();
    for (Raw r : content) {
      rows.add(
          new Row(
              r.id(),
              r.status(),
              r.cancelledLate(),
              r.source(),
              r.shopId(),
              r.shopName(),
              zones.computeIfAbsent(r.zone(), ZoneId::of),
              r.customerId(),
              r.customerName(),
              r.customerEmail(),
              r.mechanicName(),
              r.serviceName(),
              r.startsAt(),
              r.endsAt(),
              r.price(),
              r.createdAt(),
              states.getOrDefault(r.id(), BookingPaymentStates.State.NONE)));
    }
    Pageable answered =
        PageRequest.of(
            page.getPageNumber(), size, Sort.by(order, new Sort.Order(order.getDirection(), "id")));
    return new SliceImpl<>(rows, answered, more);
  }

  /** Every shop, by name, for the shop filter. */
  public List<ShopChoice> shops() {
    return jdbc.sql("select id, name from shops order by name, id")
        .query((rs, i) -> new ShopChoice(rs.getObject("id", UUID.class), rs.getString("name")))
        .list();
  }

  /** The one order asked for (the first that is not the id), or the default. */
  private static Sort.Order order(Sort sort) {
    for (Sort.Order order : sort) {
      if (order.getProperty().equals("id")) {
        continue;
      }
      if (!BookingConsoleFilter.SORTS.contains(order.getProperty())) {
        throw new InvalidRequestException(
            "sort",
            "booking.console.invalid.sort",
            order.getProperty(),
            BookingConsoleFilter.SORT_NAMES);
      }
      return order;
    }
    return BookingConsoleFilter.DEFAULT_SORT.iterator().next();
  }

  /**
   * The columns of an order, before the id; each has its index ending with the id. Within a name or
   * a status the latest start comes first (in a descending order); within one shop, the shop's name
   * orders nothing, so its bookings are read by start from the shop's index.
   */
  private static List<String> columns(String property, BookingConsoleFilter filter) {
    return switch (property) {
      case "createdAt" -> List.of("created_at");
      case "shopName" ->
          filter.shopId() == null ? List.of("shop_name", "starts_at") : List.of("starts_at");
      case "customerName" -> List.of("customer_name", "starts_at");
      case "status" -> List.of("status", "starts_at");
      default -> List.of("starts_at");
    };
  }

  /**
   * Below how many expected matches they are sorted without a walk; tests set 0 to walk the orders'
   * indexes on a small database. Back to the default with {@code -1}.
   */
  void sortMatchesBelow(long matches) {
    few = matches < 0 ? FEW : matches;
  }

  /**
   * How many bookings the planner expects {@code where} to match, from the table's statistics (no
   * rows are read).
   */
  private long estimate(String where, Map<String, Object> params) {
    String plan =
        jdbc.sql("explain (format json) select 1 from bookings" + where)
            .params(params)
            .query(String.class)
            .single();
    Matcher rows = PLAN_ROWS.matcher(plan);
    return rows.find() ? Long.parseLong(rows.group(1)) : Long.MAX_VALUE;
  }

  private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+)");

  private List<Raw> query(String sql, Map<String, Object> params) {
    return jdbc.sql(sql).params(params).query(AdminBookings::raw).list();
  }

  /**
   * The lowest and highest ids that start with {@code typed}, when it looks like the start of an id
   * (at least four hexadecimal digits, dashes where an id has them); otherwise {@code null}.
   */
  static UUID @Nullable [] idPrefix(String typed) {
    String lower = typed.toLowerCase(java.util.Locale.ROOT);
    String shape = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";
    if (lower.length() > shape.length()) {
      return null;
    }
    int digits = 0;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      boolean dash = shape.charAt(i) == '-';
      if (dash ? c != '-' : Character.digit(c, 16) < 0) {
        return null;
      }
      if (!dash) {
        digits++;
      }
    }
    if (digits < 4) {
      return null;
    }
    String hex = lower.replace("-", "");
    return new UUID[] {
      uuid(hex + "0".repeat(32 - hex.length())), uuid(hex + "f".repeat(32 - hex.length()))
    };
  }

  private static UUID uuid(String hex) {
    return new UUID(
        Long.parseUnsignedLong(hex.substring(0, 16), 16),
        Long.parseUnsignedLong(hex.substring(16), 16));
  }

  private static java.sql.Timestamp utc(Instant at) {
    return java.sql.Timestamp.from(at);
  }

  private record Raw(
      UUID id,
      BookingStatus status,
      boolean cancelledLate,
      BookingSource source,
      UUID shopId,
      String shopName,
      String zone,
      UUID customerId,
      String customerName,
      String customerEmail,
      String mechanicName,
      String serviceName,
      Instant startsAt,
      Instant endsAt,
      Money price,
      Instant createdAt) {}

  private static Raw raw(ResultSet rs, int row) throws SQLException {
    return new Raw(
        rs.getObject("id", UUID.class),
        BookingStatus.valueOf(rs.getString("status")),
        rs.getBoolean("cancelled_late"),
        BookingSource.valueOf(rs.getString("source")),
        rs.getObject("shop_id", UUID.class),
        rs.getString("shop_name"),
        rs.getString("shop_zone"),
        rs.getObject("customer_id", UUID.class),
        rs.getString("customer_name"),
        rs.getString("customer_email"),
        rs.getString("mechanic_name"),
        rs.getString("service_name"),
        rs.getTimestamp("starts_at").toInstant(),
        rs.getTimestamp("ends_at").toInstant(),
        new Money(rs.getLong("price_minor"), rs.getString("currency")),
        rs.getTimestamp("created_at").toInstant());
  }
}

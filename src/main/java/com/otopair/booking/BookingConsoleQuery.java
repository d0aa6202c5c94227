package com.otopair.booking;

import com.otopair.base.Money;
import com.otopair.base.Searches;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL of one page of the admins' console ({@link AdminBookings}) and how it is read, so that
 * the first page of every filter in every order comes from an index: by start, the filter's or the
 * start's index answers; another order walks its own index first and keeps what matches; a filter
 * the planner expects few matches of sorts them at once; and a word that shop names hold, in the
 * shop order, reads those shops' bookings in order and adds the few others that hold it.
 */
final class BookingConsoleQuery {

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
  static final long FEW = 20_000;

  private static final String COLUMNS =
      "id, status, cancelled_late, source, shop_id, shop_name, shop_zone, customer_id,"
          + " customer_name, customer_email, mechanic_name, service_name, starts_at, ends_at,"
          + " price_minor, currency, created_at";

  /** What a booking's customer, mechanic and service say, folded: search_text without the shop. */
  private static final String PARTY_TEXT =
      "booking_folded(customer_name || ' ' || customer_email || ' ' || mechanic_name || ' '"
          + " || service_name)";

  private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+)");

  private final BookingConsoleFilter filter;
  private final List<String> columns;
  private final Map<String, Object> params = new HashMap<>();

  /** Every filter but the text, from {@code " where true"}. */
  private final StringBuilder others = new StringBuilder(NO_FILTER);

  /** The text's condition on search_text (with the id's start), or empty. */
  private String text = "";

  private final String orderBy;
  private final String page;

  BookingConsoleQuery(BookingConsoleFilter filter, Sort.Order order, int size, long offset) {
    this.filter = filter;
    String folded = Searches.folded(filter.text());
    if (!folded.isEmpty()) {
      params.put(
          "like", "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
      UUID[] ids = idPrefix(filter.text().trim());
      if (ids == null) {
        text = " and search_text like :like";
      } else {
        text = " and (search_text like :like or id between :idLow and :idHigh)";
        params.put("idLow", ids[0]);
        params.put("idHigh", ids[1]);
      }
    }
    if (filter.status() != null) {
      others.append(" and status = :status");
      params.put("status", filter.status().name());
    }
    if (filter.source() != null) {
      others.append(" and source = :source");
      params.put("source", filter.source().name());
    }
    if (filter.shopId() != null) {
      others.append(" and shop_id = :shopId");
      params.put("shopId", filter.shopId());
    }
    // A day of a shop's zone lies within a UTC window widened by the widest offsets: the window
    // reads the index on starts_at, and the shop's own zone decides at its edges.
    if (filter.from() != null) {
      others.append(" and starts_at >= :fromUtc");
      others.append(" and cast(starts_at at time zone shop_zone as date) >= :fromDay");
      params.put(
          "fromUtc", utc(filter.from().atStartOfDay(ZoneOffset.UTC).toInstant().minus(EAST)));
      params.put("fromDay", filter.from());
    }
    if (filter.to() != null) {
      LocalDate after = filter.to().plusDays(1);
      others.append(" and starts_at < :toUtc");
      others.append(" and cast(starts_at at time zone shop_zone as date) <= :toDay");
      params.put("toUtc", utc(after.atStartOfDay(ZoneOffset.UTC).toInstant().plus(WEST)));
      params.put("toDay", filter.to());
    }
    columns = columns(order.getProperty(), filter);
    String direction = order.isAscending() ? " asc" : " desc";
    var sql = new StringBuilder(" order by ");
    for (String column : columns) {
      sql.append(column).append(direction).append(", ");
    }
    orderBy = sql.append("id").append(direction).toString();
    params.put("limit", size + 1);
    params.put("offset", offset);
    params.put("reach", offset + size + 1);
    page = orderBy + " limit :limit offset :offset";
  }

  /**
   * The page's bookings and the first of the next page's, when there is one. {@code few}: so many
   * expected matches, or fewer, are sorted at once ({@link #FEW}; tests take 0 to walk the orders
   * on a small database).
   */
  List<AdminBookings.Row> rows(JdbcClient jdbc, long few) {
    String where = others + text;
    if (where.length() == NO_FILTER.length()
        || columns.getFirst().equals("starts_at")
        || (columns.getFirst().equals("status") && filter.status() != null)) {
      // The order's index answers directly, or (by start) the filter's.
      return query(jdbc, "select " + COLUMNS + " from bookings" + where + page);
    }
    if (estimate(jdbc, where) <= few) {
      // A filter the planner expects few matches of (a week, a shop's cancellations): sorting its
      // matches costs less than reading rows of the order that do not match.
      return sorted(jdbc, where);
    }
    List<AdminBookings.Row> found = byShopsNamed(jdbc);
    if (found != null) {
      return found;
    }
    // Read the first rows of the order's index and keep those that match, which answers at once
    // when the matches are spread through the order; when that does not fill the page, the
    // filter's own indexes find every match and they are sorted. Matches bunched together (one
    // customer's, one shop's) fill the page on the longer walk.
    int wanted = (int) params.get("limit");
    for (int budget : WALKS) {
      params.put("budget", budget);
      found =
          query(
              jdbc,
              "select "
                  + COLUMNS
                  + " from (select * from bookings"
                  + orderBy
                  + " limit :budget) walked"
                  + where
                  + page);
      if (found.size() >= wanted) {
        return found;
      }
    }
    return sorted(jdbc, where);
  }

  /**
   * In the shop order, a word that shop names hold: the bookings of those shops come in order from
   * the index on the shop's name (however many shops before them hold none), and the others that
   * hold it in their customer's, mechanic's or service's name are added when the planner expects
   * few. A text with a space may span two names, so it is left to the walks ({@code null}), as is a
   * word no shop's name holds.
   */
  private @Nullable List<AdminBookings.Row> byShopsNamed(JdbcClient jdbc) {
    if (!columns.getFirst().equals("shop_name")
        || text.isEmpty()
        || Searches.folded(filter.text()).contains(" ")) {
      return null;
    }
    List<String> names =
        jdbc.sql("select distinct name from shops where booking_folded(name) like :like")
            .param("like", params.get("like"))
            .query(String.class)
            .list();
    if (names.isEmpty()) {
      return null;
    }
    params.put("names", names.toArray(String[]::new));
    String party =
        others + " and not (shop_name = any(:names))" + text.replace("search_text", PARTY_TEXT);
    if (estimate(jdbc, party) > FEW) {
      return null;
    }
    return query(
        jdbc,
        "select "
            + COLUMNS
            + " from ((select * from bookings"
            + others
            + " and shop_name = any(:names)"
            + orderBy
            + " limit :reach) union all (select * from bookings"
            + party
            + ")) named"
            + page);
  }

  private List<AdminBookings.Row> sorted(JdbcClient jdbc, String where) {
    return query(
        jdbc,
        "with matching as materialized (select * from bookings"
            + where
            + ") select "
            + COLUMNS
            + " from matching"
            + page);
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
   * How many bookings the planner expects {@code where} to match, from the table's statistics (no
   * rows are read).
   */
  private long estimate(JdbcClient jdbc, String where) {
    String plan =
        jdbc.sql("explain (format json) select 1 from bookings" + where)
            .params(params)
            .query(String.class)
            .single();
    Matcher rows = PLAN_ROWS.matcher(plan);
    return rows.find() ? Long.parseLong(rows.group(1)) : Long.MAX_VALUE;
  }

  private List<AdminBookings.Row> query(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql).params(params).query(BookingConsoleQuery::row).list();
  }

  /**
   * The lowest and highest ids that start with {@code typed}, when it looks like the start of an id
   * (at least four hexadecimal digits, dashes where an id has them); otherwise {@code null}.
   */
  static UUID @Nullable [] idPrefix(String typed) {
    String lower = typed.toLowerCase(Locale.ROOT);
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

  private static Timestamp utc(Instant at) {
    return Timestamp.from(at);
  }

  /** A booking's row as read, its payment's state left to the payments module. */
  private static AdminBookings.Row row(ResultSet rs, int row) throws SQLException {
    return new AdminBookings.Row(
        rs.getObject("id", UUID.class),
        BookingStatus.valueOf(rs.getString("status")),
        rs.getBoolean("cancelled_late"),
        BookingSource.valueOf(rs.getString("source")),
        rs.getObject("shop_id", UUID.class),
        rs.getString("shop_name"),
        ZoneId.of(rs.getString("shop_zone")),
        rs.getObject("customer_id", UUID.class),
        rs.getString("customer_name"),
        rs.getString("customer_email"),
        rs.getString("mechanic_name"),
        rs.getString("service_name"),
        rs.getTimestamp("starts_at").toInstant(),
        rs.getTimestamp("ends_at").toInstant(),
        new Money(rs.getLong("price_minor"), rs.getString("currency")),
        rs.getTimestamp("created_at").toInstant(),
        BookingPaymentStates.State.NONE);
  }
}

package com.otopair.booking;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.PlausibleDates;
import com.otopair.base.Roles;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

    /** The same booking with its payment's state. */
    Row withPayment(BookingPaymentStates.State state) {
      return new Row(
          id,
          status,
          cancelledLate,
          source,
          shopId,
          shopName,
          zone,
          customerId,
          customerName,
          customerEmail,
          mechanicName,
          serviceName,
          startsAt,
          endsAt,
          price,
          createdAt,
          state);
    }

    /** "Paid", "Not paid", "Partly refunded": the payment's state in the reader's language. */
    public String paymentLabel() {
      return payment.label();
    }
  }

  /** A shop to filter by. */
  public record ShopChoice(UUID id, String name) {}

  /** The most rows one page may ask for. */
  public static final int MAX_PAGE = 500;

  private volatile long few = BookingConsoleQuery.FEW;

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
    int size = Math.max(1, page.getPageSize());
    List<Row> found =
        new BookingConsoleQuery(filter, order, size, page.getOffset()).rows(jdbc, few);
    boolean more = found.size() > size;
    List<Row> content = more ? found.subList(0, size) : found;
    Map<UUID, BookingPaymentStates.State> states =
        content.isEmpty()
            ? Map.of()
            : payments
                .getIfAvailable(() -> ids -> Map.of())
                .states(content.stream().map(Row::id).toList());
    List<Row> rows =
        content.stream()
            .map(r -> r.withPayment(states.getOrDefault(r.id(), BookingPaymentStates.State.NONE)))
            .toList();
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
   * Below how many expected matches they are sorted without a walk; tests set 0 to walk the orders'
   * indexes on a small database. Back to the default with {@code -1}.
   */
  void sortMatchesBelow(long matches) {
    few = matches < 0 ? BookingConsoleQuery.FEW : matches;
  }
}

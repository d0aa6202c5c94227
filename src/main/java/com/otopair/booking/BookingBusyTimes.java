package com.otopair.booking;

import com.otopair.booking.domain.BookingRepository;
import com.otopair.scheduling.BookedTimes;
import com.otopair.scheduling.BusyInterval;
import com.otopair.scheduling.BusyTimes;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the slot engine when mechanics are booked (confirmed bookings and live holds), and the
 * schedule builder what to draw (confirmed bookings, with the customer and the service).
 */
@Component
class BookingBusyTimes implements BusyTimes, BookedTimes {

  private final BookingRepository bookings;
  private final BookingSummaries summaries;
  private final JdbcClient jdbc;
  private final EntityManager entities;
  private final Clock clock;

  BookingBusyTimes(
      BookingRepository bookings,
      BookingSummaries summaries,
      JdbcClient jdbc,
      EntityManager entities,
      Clock clock) {
    this.bookings = bookings;
    this.summaries = summaries;
    this.jdbc = jdbc;
    this.entities = entities;
    this.clock = clock;
  }

  /**
   * Read in SQL: every slot query and hold asks, and Hibernate would translate the query anew each
   * time (a list parameter keeps it from reusing the translation). A transaction that has changed
   * bookings writes them first, so what it changed counts, as a JPA query would see it.
   */
  @Override
  public List<BusyInterval> busy(Collection<UUID> mechanicIds, Instant from, Instant to) {
    if (mechanicIds.isEmpty()) {
      return List.of();
    }
    if (TransactionSynchronizationManager.isActualTransactionActive()
        && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      entities.flush();
    }
    return jdbc.sql(
            """
            select mechanic_id, starts_at, ends_at from bookings
            where mechanic_id in (:mechanicIds)
              and (status = 'CONFIRMED' or (status = 'HELD' and hold_expires_at > :now))
              and starts_at < :to and ends_at > :from
            order by starts_at
            """)
        .param("mechanicIds", mechanicIds)
        .param("now", Timestamp.from(clock.instant()))
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .query(
            (row, n) ->
                new BusyInterval(
                    row.getObject("mechanic_id", UUID.class),
                    row.getObject("starts_at", OffsetDateTime.class).toInstant(),
                    row.getObject("ends_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  @Override
  public List<Booked> booked(UUID shopId, Collection<UUID> mechanicIds, Instant from, Instant to) {
    return summaries
        .of(
            bookings.ofShopBetween(shopId, from, to).stream()
                .filter(b -> mechanicIds.contains(b.getMechanicId()))
                .toList())
        .stream()
        .map(
            b ->
                new Booked(
                    b.id(),
                    b.mechanicId(),
                    b.start(),
                    b.end(),
                    b.customerName() + " · " + b.serviceName()))
        .toList();
  }
}

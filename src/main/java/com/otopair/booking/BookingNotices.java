package com.otopair.booking;

import com.otopair.base.NotFoundException;
import com.otopair.booking.domain.BookingRepository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules need to tell people about a booking or to charge for it; read by listeners of
 * booking events and by payment flows, which run without a signed-in user.
 */
@Service
@Transactional(readOnly = true)
public class BookingNotices {

  /** A booking and the address of its customer. */
  public record Notice(BookingSummary booking, String customerEmail, String managePath) {}

  /** How long after a read of a confirmation's notice its other listeners may use it. */
  static final Duration SHARED_FOR = Duration.ofSeconds(1);

  /** A notice as read, and the version of the booking's row before it was read. */
  private record Read(@Nullable String rowVersion, Optional<Notice> notice) {}

  /** A read of a notice that several listeners may wait for, and when it started. */
  private record SharedRead(FutureTask<Read> read, long startedAt) {}

  /** The latest read of each confirmation's notice; dropped with their events. */
  private final Map<BookingConfirmed, SharedRead> confirmedNotices = new WeakHashMap<>();

  private final BookingRepository bookings;
  private final BookingSummaries summaries;
  private final BookingLinks links;
  private final JdbcTemplate jdbc;

  BookingNotices(
      BookingRepository bookings,
      BookingSummaries summaries,
      BookingLinks links,
      JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.links = links;
    this.bookings = bookings;
    this.summaries = summaries;
  }

  /**
   * The bookings this one replaced, newest first: the booking it was moved from, the one that one
   * was moved from, and so on.
   */
  public List<UUID> movedFrom(UUID bookingId) {
    List<UUID> chain = new ArrayList<>();
    UUID previous = bookings.findById(bookingId).map(b -> b.getRescheduledFrom()).orElse(null);
    while (previous != null && !chain.contains(previous) && chain.size() < 50) {
      chain.add(previous);
      previous = bookings.findById(previous).map(b -> b.getRescheduledFrom()).orElse(null);
    }
    return chain;
  }

  /** What a booking costs and who pays it: for the payments module's flows. */
  public BookingSummary booking(UUID bookingId) {
    return summaries
        .of(
            List.of(
                bookings
                    .findById(bookingId)
                    .orElseThrow(() -> new NotFoundException("booking.booking.not-found"))))
        .getFirst();
  }

  /**
   * The notice of a confirmed booking, read once per event on this node: the event's listeners (its
   * mail, its inbox notices, its job) run at the same moment, and the first to ask reads it while
   * the others, asking within {@link #SHARED_FOR} of that read's start, wait for what it read
   * instead of reading it again. What it read is used only while the booking's row is unchanged
   * since (PostgreSQL's {@code xmin}, which every write of the row moves, read before the notice),
   * so a listener never acts on a booking older than a read of its own would give. A later run (a
   * resubmission, minutes on) reads anew, and so does one after a read that failed.
   */
  public Optional<Notice> notice(BookingConfirmed confirmed) {
    UUID bookingId = confirmed.bookingId(); // the read must not hold the event (the map's key)
    SharedRead mine =
        new SharedRead(
            new FutureTask<>(() -> new Read(rowVersion(bookingId), notice(bookingId))),
            System.nanoTime());
    SharedRead shared;
    synchronized (confirmedNotices) {
      shared = confirmedNotices.get(confirmed);
      if (shared == null || mine.startedAt() - shared.startedAt() > SHARED_FOR.toNanos()) {
        confirmedNotices.put(confirmed, mine);
        shared = mine;
      }
    }
    if (shared == mine) {
      mine.read().run();
    }
    try {
      Read read = shared.read().get();
      if (shared == mine || Objects.equals(read.rowVersion(), rowVersion(bookingId))) {
        return read.notice();
      }
      return notice(bookingId);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return notice(bookingId);
    } catch (ExecutionException e) {
      synchronized (confirmedNotices) {
        confirmedNotices.remove(confirmed, shared);
      }
      return notice(bookingId);
    }
  }

  /** The version of a booking's row that every write moves, or null if there is none. */
  private @Nullable String rowVersion(UUID bookingId) {
    List<String> version =
        jdbc.queryForList("select xmin::text from bookings where id = ?", String.class, bookingId);
    return version.isEmpty() ? null : version.getFirst();
  }

  public Optional<Notice> notice(UUID bookingId) {
    return bookings
        .findById(bookingId)
        .map(summaries::addressed)
        .flatMap(
            addressed ->
                Optional.ofNullable(addressed.customerEmail())
                    .map(
                        email ->
                            new Notice(
                                addressed.summary(), email, links.path(addressed.summary().id()))));
  }
}

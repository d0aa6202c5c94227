package com.otopair.booking;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.NotFoundException;
import com.otopair.base.Roles;
import com.otopair.booking.domain.Booking;
import com.otopair.booking.domain.BookingRepository;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.scheduling.Availability;
import com.otopair.scheduling.Slot;
import com.otopair.shops.ShopMembership;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One booking as an admin reads it: the booking, who ended it, the bookings it was moved from and
 * to, its payment's state, and its timeline oldest first: held, confirmed, moved, cancelled or
 * done, the mails sent, its payments, its job, the audit log's lines and the internal notes, over
 * the whole chain of moves. Other modules contribute their parts through {@link BookingHistory}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class BookingHistoryReader {

  /** The page of one booking. */
  public record Detail(
      BookingSummary booking,
      @Nullable String endedBy,
      @Nullable UUID movedFrom,
      @Nullable UUID movedTo,
      @Nullable String paymentState,
      List<BookingHistoryEntry> timeline) {}

  private final BookingRepository bookings;
  private final BookingAccess access;
  private final BookingNotes notes;
  private final UserContacts contacts;
  private final List<BookingHistory> histories;
  private final JdbcClient jdbc;
  private final BookingSlots slots;
  private final Availability availability;
  private final ShopMembership shops;
  private final Clock clock;

  BookingHistoryReader(
      BookingRepository bookings,
      BookingAccess access,
      BookingNotes notes,
      UserContacts contacts,
      List<BookingHistory> histories,
      JdbcClient jdbc,
      BookingSlots slots,
      Availability availability,
      ShopMembership shops,
      Clock clock) {
    this.slots = slots;
    this.availability = availability;
    this.shops = shops;
    this.clock = clock;
    this.bookings = bookings;
    this.access = access;
    this.notes = notes;
    this.contacts = contacts;
    this.histories = histories;
    this.jdbc = jdbc;
  }

  /** The booking {@code bookingId} with its story; not found when there is none. */
  public Detail detail(UUID bookingId) {
    Booking booking =
        bookings
            .findById(bookingId)
            .orElseThrow(() -> new NotFoundException("booking.booking.not-found"));
    List<UUID> chain = chain(bookingId);
    Map<UUID, Booking> byId =
        bookings.findAllById(chain).stream()
            .collect(Collectors.toMap(Booking::getId, Function.identity()));
    Map<UUID, BookingSummary> summaries =
        access.summaries(List.copyOf(byId.values())).stream()
            .collect(Collectors.toMap(BookingSummary::id, Function.identity()));
    List<BookingHistoryEntry> timeline = new ArrayList<>();
    for (Booking each : byId.values()) {
      timeline.addAll(own(each, summaries.get(each.getId()), byId.values(), summaries, bookingId));
    }
    timeline.addAll(noteEntries(chain));
    Optional<String> state = Optional.empty();
    for (BookingHistory history : histories) {
      timeline.addAll(history.entries(chain));
      if (state.isEmpty()) {
        state = history.state(bookingId);
      }
    }
    // A stable sort: facts of one instant and kind keep the order of the story (held before
    // confirmed when both happened at once), not that of their words.
    timeline.sort(
        Comparator.comparing(BookingHistoryEntry::at).thenComparing(e -> e.kind().ordinal()));
    UUID movedTo =
        byId.values().stream()
            .filter(b -> bookingId.equals(b.getRescheduledFrom()))
            .map(Booking::getId)
            .findFirst()
            .orElse(null);
    return new Detail(
        summaries.get(bookingId),
        booking.getCancelledBy() == null ? null : by(booking.getCancelledBy()),
        booking.getRescheduledFrom(),
        movedTo,
        state.orElse(null),
        List.copyOf(timeline));
  }

  /** The mechanics of the booking's shop, by name: where an admin may move it. */
  public List<UserContact> mechanics(UUID bookingId) {
    Booking booking = found(bookingId);
    return contacts.findAll(shops.mechanicsOf(booking.getShopId())).stream()
        .sorted(Comparator.comparing(UserContact::name))
        .toList();
  }

  /**
   * The free times of {@code day} (in the shop's zone) for the booking's service, with {@code
   * mechanicId} or any of the shop's mechanics: where an admin may move it.
   */
  public List<Slot> freeSlots(UUID bookingId, @Nullable UUID mechanicId, LocalDate day) {
    Booking booking = found(bookingId);
    var offering = slots.bookable(booking.getShopId(), booking.getOfferingId());
    Instant now = clock.instant();
    return (mechanicId == null
            ? availability.everyMechanic(booking.getShopId(), offering, day, day)
            : availability.slots(booking.getShopId(), offering, mechanicId, day, day))
        .stream()
            .filter(s -> s.start().isAfter(now))
            .sorted(Comparator.comparing(Slot::start))
            .toList();
  }

  private Booking found(UUID bookingId) {
    return bookings
        .findById(bookingId)
        .orElseThrow(() -> new NotFoundException("booking.booking.not-found"));
  }

  /** The booking and every booking it was moved from or to, however many moves back or on. */
  private List<UUID> chain(UUID bookingId) {
    return jdbc.sql(
            """
            with recursive back (id, from_id) as (
                select id, rescheduled_from from bookings where id = :id
                union
                select b.id, b.rescheduled_from from bookings b join back on b.id = back.from_id
            ), ahead (id) as (
                select id from bookings where id = :id
                union
                select b.id from bookings b join ahead on b.rescheduled_from = ahead.id
            )
            select id from back union select id from ahead
            """)
        .param("id", bookingId)
        .query(UUID.class)
        .list();
  }

  /** What the booking's own row says: held, confirmed, then how it ended. */
  private static List<BookingHistoryEntry> own(
      Booking b,
      BookingSummary s,
      Collection<Booking> chain,
      Map<UUID, BookingSummary> summaries,
      UUID opened) {
    Formats formats = Formats.current();
    List<BookingHistoryEntry> entries = new ArrayList<>();
    String when = formats.when(s.start(), s.zone());
    if (b.getRescheduledFrom() == null) {
      entries.add(
          entry(
              b.getCreatedAt(),
              b,
              I18n.t(
                  "booking.history.held",
                  s.serviceName(),
                  when,
                  s.mechanicName(),
                  I18n.t("booking.source." + s.source().name().toLowerCase(Locale.ROOT))),
              null));
      if (b.getConfirmedAt() != null) {
        entries.add(entry(b.getConfirmedAt(), b, I18n.t("booking.history.confirmed", when), null));
      }
    }
    Instant ended = b.getCancelledAt();
    if (ended == null) {
      return entries;
    }
    String by =
        b.getCancelledBy() == null ? I18n.t("booking.history.by.otopair") : by(b.getCancelledBy());
    switch (b.getStatus()) {
      case RESCHEDULED -> {
        Booking next =
            chain.stream()
                .filter(other -> b.getId().equals(other.getRescheduledFrom()))
                .findFirst()
                .orElse(null);
        if (next == null) {
          entries.add(entry(ended, b, I18n.t("booking.history.moved-away", by), null));
        } else {
          BookingSummary to = summaries.get(next.getId());
          UUID other = next.getId().equals(opened) ? b.getId() : next.getId();
          entries.add(
              entry(
                  ended,
                  b,
                  I18n.t(
                      "booking.history.moved",
                      by,
                      when,
                      formats.when(to.start(), to.zone()),
                      to.mechanicName()),
                  "admin/bookings/" + other));
        }
      }
      case CANCELLED ->
          entries.add(
              entry(
                  ended,
                  b,
                  I18n.t(
                      b.isCancelledLate()
                          ? "booking.history.cancelled-late"
                          : "booking.history.cancelled",
                      by,
                      b.getCancelReason() == null || b.getCancelReason().isBlank()
                          ? I18n.t("booking.history.no-reason")
                          : b.getCancelReason()),
                  null));
      case EXPIRED -> entries.add(entry(ended, b, I18n.t("booking.history.released"), null));
      case COMPLETED -> entries.add(entry(ended, b, I18n.t("booking.history.completed"), null));
      case NO_SHOW -> entries.add(entry(ended, b, I18n.t("booking.history.no-show"), null));
      case HELD, CONFIRMED -> {}
    }
    return entries;
  }

  private List<BookingHistoryEntry> noteEntries(List<UUID> chain) {
    List<BookingNotes.Note> found = notes.of(chain);
    Set<UUID> authors = new HashSet<>();
    found.stream().map(BookingNotes.Note::authorId).filter(a -> a != null).forEach(authors::add);
    Map<UUID, String> names =
        contacts.findAll(authors).stream()
            .collect(Collectors.toMap(UserContact::id, UserContact::name));
    return found.stream()
        .map(
            n ->
                new BookingHistoryEntry(
                    n.createdAt(),
                    BookingHistoryEntry.Kind.NOTE,
                    n.bookingId(),
                    I18n.t(
                        "booking.history.note",
                        n.authorId() == null
                            ? I18n.t("booking.history.by.someone")
                            : names.getOrDefault(
                                n.authorId(), I18n.t("booking.history.by.someone")),
                        n.text())))
        .toList();
  }

  private static BookingHistoryEntry entry(
      Instant at, Booking b, String text, @Nullable String link) {
    return new BookingHistoryEntry(at, BookingHistoryEntry.Kind.BOOKING, b.getId(), text, link);
  }

  /** Who ended a booking, in words: the customer, the shop, Otopair support. */
  private static String by(String who) {
    return switch (who) {
      case "CUSTOMER" -> I18n.t("booking.history.by.customer");
      case "SHOP" -> I18n.t("booking.history.by.shop");
      case "ADMIN" -> I18n.t("booking.history.by.admin");
      default -> I18n.t("booking.history.by.otopair");
    };
  }
}

package com.otopair.booking;

import com.otopair.scheduling.BookingPolicy;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer acting from the signed manage link of an email: open the booking, cancel it or move
 * it, without signing in. Nobody can forge a link to someone else's booking.
 */
@Service
@Transactional
// The link is the credential: its signature is checked on every call, and nobody signs in.
@PreAuthorize("permitAll()")
public class ManageLinks {

  /** A booking moved from a signed manage link, and the link to manage it at its new time. */
  public record Managed(BookingSummary booking, String token) {}

  private final BookingAccess access;
  private final CustomerChanges changes;
  private final BookingSlots slots;
  private final BookingLinks links;

  ManageLinks(
      BookingAccess access, CustomerChanges changes, BookingSlots slots, BookingLinks links) {
    this.access = access;
    this.changes = changes;
    this.slots = slots;
    this.links = links;
  }

  /** The booking a signed manage link points at. */
  @Transactional(readOnly = true)
  public BookingSummary view(UUID bookingId, String token) {
    return access.summary(access.linked(bookingId, token));
  }

  /** The shop's rules for the booking a signed manage link points at. */
  @Transactional(readOnly = true)
  public BookingPolicy policy(UUID bookingId, String token) {
    return slots.policy(access.linked(bookingId, token).getShopId());
  }

  /**
   * Why the booking a signed manage link points at may not change now, if another module says so.
   */
  @Transactional(readOnly = true)
  public Optional<String> changeRefusal(UUID bookingId, String token) {
    return changes.refusal(access.linked(bookingId, token).getId());
  }

  /** Cancels from a signed manage link; see {@link BookingChanges#cancel}. */
  public BookingSummary cancel(UUID bookingId, String token, String reason) {
    return changes.cancel(access.linkedLocked(bookingId, token), reason);
  }

  /** Reschedules from a signed manage link; see {@link BookingChanges#reschedule}. */
  public Managed reschedule(
      UUID bookingId, String token, @Nullable UUID mechanicId, Instant newStart) {
    slots.expireHolds();
    BookingSummary moved =
        changes.reschedule(access.linkedLocked(bookingId, token), mechanicId, newStart);
    return new Managed(moved, links.token(moved.id()));
  }
}

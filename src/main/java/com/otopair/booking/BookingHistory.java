package com.otopair.booking;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What another module knows of bookings' stories, for the admin's page of one booking: the mails
 * sent about them, their payments, their job, the audit log's lines about them. Each module that
 * keeps such facts contributes one bean that reads only its own tables, in one query, so the
 * booking module shows them all without depending on any of them.
 */
public interface BookingHistory {

  /**
   * This module's entries about any of {@code bookingIds} (a booking and the ones it was moved from
   * or to), in any order; their texts in the reader's language.
   */
  List<BookingHistoryEntry> entries(Collection<UUID> bookingIds);

  /** A short state this module keeps of the booking (its payment's), in the reader's language. */
  default Optional<String> state(UUID bookingId) {
    return Optional.empty();
  }
}

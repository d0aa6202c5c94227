package com.otopair.base;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one line a screen or an API call adds where it shows someone's personal data, so the access
 * log says who read what: {@code reads.read(AccessReads.Subject.BOOKING, id, customerId, null)}.
 * Who read it (the signed-in user and role, the API token), when and from which address are taken
 * from the current request. It never slows the page nor fails it: the audit module (a {@link
 * Recorder}) buffers the read in memory and writes it through the outbox a moment later.
 */
@Component
public class AccessReads {

  /** What was read. */
  public enum Subject {
    /** A user's account (an admin opening a user). */
    USER,
    /** One booking. */
    BOOKING,
    /** A list of someone's bookings (the API's {@code GET /bookings}); its id is the customer's. */
    BOOKINGS,
    /** A job (with its customer). */
    JOB,
    /** A payment. */
    PAYMENT
  }

  /** Where the reads go: the access log, in the audit module. */
  public interface Recorder {

    void read(Subject subject, UUID subjectId, @Nullable UUID customerId, @Nullable UUID shopId);
  }

  private static final Logger log = LoggerFactory.getLogger(AccessReads.class);

  private final ObjectProvider<Recorder> recorders;

  AccessReads(ObjectProvider<Recorder> recorders) {
    this.recorders = recorders;
  }

  /**
   * The signed-in user (or API token) reads {@code subject} {@code subjectId}: the personal data of
   * {@code customerId} (when known), as a member of {@code shopId} (null for admins and customers).
   */
  public void read(
      Subject subject, UUID subjectId, @Nullable UUID customerId, @Nullable UUID shopId) {
    try {
      recorders.orderedStream().forEach(r -> r.read(subject, subjectId, customerId, shopId));
    } catch (RuntimeException unrecorded) {
      log.error("Could not record a read of {} {}", subject, subjectId, unrecorded);
    }
  }

  /** The hook of the admin bookings console: an admin opened {@code bookingId}. */
  public void adminOpenedBooking(UUID bookingId, @Nullable UUID customerId) {
    read(Subject.BOOKING, bookingId, customerId, null);
  }
}

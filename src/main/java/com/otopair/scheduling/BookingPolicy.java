package com.otopair.scheduling;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How a shop takes bookings. Slots start every {@code step} from a window's start; each booking
 * keeps {@code bufferBefore} and {@code bufferAfter} free around it; a slot starts at least {@code
 * minimumNotice} from now and at most {@code horizonDays} days ahead; a mechanic takes at most
 * {@code maxBookingsPerDay} bookings a day (null: no cap). Booking enforces the cancellation window
 * and the reschedule limit. A live session waits {@code liveWaitMinutes} for a mechanic. With
 * {@code creditRemoteSessions}, what a paid remote session cost is credited on the repair booked
 * from its summary.
 */
public record BookingPolicy(
    Duration step,
    Duration bufferBefore,
    Duration bufferAfter,
    Duration minimumNotice,
    int horizonDays,
    @Nullable Integer maxBookingsPerDay,
    Duration cancellationWindow,
    int rescheduleLimit,
    int liveWaitMinutes,
    boolean creditRemoteSessions) {

  /** How long a live session waits for a mechanic unless the shop says otherwise. */
  public static final int DEFAULT_LIVE_WAIT_MINUTES = 15;

  public static final BookingPolicy DEFAULT =
      new BookingPolicy(
          Duration.ofMinutes(15),
          Duration.ZERO,
          Duration.ofMinutes(10),
          Duration.ofHours(2),
          60,
          null,
          Duration.ofHours(24),
          2,
          DEFAULT_LIVE_WAIT_MINUTES);

  /** This policy with live sessions waiting {@code minutes} for a mechanic. */
  public BookingPolicy withLiveWaitMinutes(int minutes) {
    return new BookingPolicy(
        step,
        bufferBefore,
        bufferAfter,
        minimumNotice,
        horizonDays,
        maxBookingsPerDay,
        cancellationWindow,
        rescheduleLimit,
        minutes,
        creditRemoteSessions);
  }

  /** This policy crediting remote sessions on the repairs they lead to, or not. */
  public BookingPolicy withCreditRemoteSessions(boolean credit) {
    return new BookingPolicy(
        step,
        bufferBefore,
        bufferAfter,
        minimumNotice,
        horizonDays,
        maxBookingsPerDay,
        cancellationWindow,
        rescheduleLimit,
        liveWaitMinutes,
        credit);
  }

  /** A policy that does not credit remote sessions on repairs. */
  public BookingPolicy(
      Duration step,
      Duration bufferBefore,
      Duration bufferAfter,
      Duration minimumNotice,
      int horizonDays,
      @Nullable Integer maxBookingsPerDay,
      Duration cancellationWindow,
      int rescheduleLimit,
      int liveWaitMinutes) {
    this(
        step,
        bufferBefore,
        bufferAfter,
        minimumNotice,
        horizonDays,
        maxBookingsPerDay,
        cancellationWindow,
        rescheduleLimit,
        liveWaitMinutes,
        false);
  }

  /** A policy with the default wait for live sessions. */
  public BookingPolicy(
      Duration step,
      Duration bufferBefore,
      Duration bufferAfter,
      Duration minimumNotice,
      int horizonDays,
      @Nullable Integer maxBookingsPerDay,
      Duration cancellationWindow,
      int rescheduleLimit) {
    this(
        step,
        bufferBefore,
        bufferAfter,
        minimumNotice,
        horizonDays,
        maxBookingsPerDay,
        cancellationWindow,
        rescheduleLimit,
        DEFAULT_LIVE_WAIT_MINUTES);
  }
}

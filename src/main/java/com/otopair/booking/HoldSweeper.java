package com.otopair.booking;

import com.otopair.booking.domain.BookingRepository;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks holds past their 10 minutes as expired. Slots free up without it (the engine and the
 * booking check ignore expired holds); this keeps the table tidy. Safe on every node at once.
 */
@Component
class HoldSweeper {

  private final BookingRepository bookings;
  private final Clock clock;

  HoldSweeper(BookingRepository bookings, Clock clock) {
    this.bookings = bookings;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
  @SchedulerLock(name = "hold-sweeper")
  @Transactional
  void expireHolds() {
    bookings.expireHolds(clock.instant());
  }
}

package com.otopair.jobs;

import com.otopair.booking.BookingCancelled;
import com.otopair.booking.BookingConfirmed;
import com.otopair.booking.BookingNotices;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.BookingSummary;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Bookings make jobs: a confirmed booking opens a REQUESTED job (a moved booking takes its job
 * along), a cancelled booking cancels its job. Through the outbox, so a crash loses none.
 */
@Component
class JobBookings {

  private final BookingNotices bookings;
  private final JobService jobs;

  JobBookings(BookingNotices bookings, JobService jobs) {
    this.bookings = bookings;
    this.jobs = jobs;
  }

  @ApplicationModuleListener
  void on(BookingConfirmed confirmed) {
    // Handled later than it happened: a booking cancelled or moved meanwhile gets no job.
    bookings
        .notice(confirmed.bookingId())
        .map(BookingNotices.Notice::booking)
        .filter(booking -> booking.status() == BookingStatus.CONFIRMED)
        .ifPresent(booking -> jobs.fromBooking(booked(booking, bookings.movedFrom(booking.id()))));
  }

  @ApplicationModuleListener
  void on(BookingCancelled cancelled) {
    jobs.bookingCancelled(cancelled.bookingId(), cancelled.by(), cancelled.reason());
  }

  private static JobService.BookedJob booked(BookingSummary booking, List<UUID> movedFrom) {
    return new JobService.BookedJob(
        booking.id(),
        movedFrom,
        booking.shopId(),
        booking.customerId(),
        booking.customerName(),
        booking.mechanicId(),
        booking.vehicle() == null ? "" : booking.vehicle(),
        booking.serviceName(),
        booking.problem(),
        booking.start());
  }
}

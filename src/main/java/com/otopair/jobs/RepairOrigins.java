package com.otopair.jobs;

import com.otopair.booking.MyBookings;
import com.otopair.consult.SessionReport;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a customer's repair came from: the remote session whose summary it was booked from, when
 * that summary counts for the job (sent, of the booking's shop, for the booking's customer).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class RepairOrigins {

  private final MyBookings bookings;
  private final JobRepairs repairs;

  RepairOrigins(MyBookings bookings, JobRepairs repairs) {
    this.bookings = bookings;
    this.repairs = repairs;
  }

  /**
   * The mechanic of the remote session the signed-in customer's booking was made from; empty when
   * it was not, or when that session's summary does not count (another shop's, another customer's,
   * not sent). A booking of someone else is not found.
   */
  public Optional<String> sessionMechanicOfMyBooking(UUID bookingId) {
    return repairs.summaryOf(bookings.booking(bookingId)).map(SessionReport::mechanicName);
  }
}

package com.otopair.booking;

import java.util.Optional;
import java.util.UUID;

/**
 * Lets another module refuse a customer's cancellation or move of a booking, with the reason to
 * show: the jobs module refuses once the shop has started work on the car. Implementations are
 * Spring beans, asked inside the booking's transaction.
 */
public interface BookingChangeGuard {

  Optional<String> refusal(UUID bookingId);
}

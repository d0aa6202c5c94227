/**
 * Booking: holds that lock a slot and its price for 10 minutes, bookings confirmed from them,
 * cancellation and rescheduling under the shop's policy. PostgreSQL makes overlapping active
 * bookings of one mechanic impossible.
 */
@NullMarked
package com.otopair.booking;

import org.jspecify.annotations.NullMarked;

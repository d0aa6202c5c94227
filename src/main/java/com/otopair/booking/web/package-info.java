/** The booking REST API under {@code /api/v1}: quotes, slots and the customer's bookings. */
@NullMarked
package com.otopair.booking.web;

import org.jspecify.annotations.NullMarked;

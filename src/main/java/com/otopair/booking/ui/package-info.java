/** The customer's booking screens: pick a slot, hold and confirm it, and manage bookings. */
@NullMarked
package com.otopair.booking.ui;

import org.jspecify.annotations.NullMarked;

/** Booking's entities and repositories; internal to the module. */
@NullMarked
package com.otopair.booking.domain;

import org.jspecify.annotations.NullMarked;

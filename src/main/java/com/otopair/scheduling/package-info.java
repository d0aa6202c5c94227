/**
 * Availability: weekly windows with price multipliers, date overrides, time off, the shop's booking
 * policy, schedule templates, and the slot engine that turns them into bookable slots.
 */
@NullMarked
package com.otopair.scheduling;

import org.jspecify.annotations.NullMarked;

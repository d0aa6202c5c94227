/**
 * The Otopair calendar: {@link com.otopair.base.ui.calendar.FullCalendar}, a server-side Vaadin
 * component over FullCalendar that speaks shop-local {@code LocalDateTime}s.
 */
@NullMarked
package com.otopair.base.ui.calendar;

import org.jspecify.annotations.NullMarked;

package com.otopair.shops;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A shop is open on {@code day} from {@code opens} to {@code closes}, in its own time zone. */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {}

package com.otopair.scheduling;

import java.util.List;
import java.util.UUID;

/** A named week of windows. */
public record ScheduleTemplate(UUID id, String name, List<WindowHours> windows) {}

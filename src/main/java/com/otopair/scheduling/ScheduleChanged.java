package com.otopair.scheduling;

import com.otopair.base.LiveUpdate;
import java.util.UUID;

/** Someone changed availability at a shop; open schedule views of it reload. */
public record ScheduleChanged(UUID shopId, UUID changedBy) implements LiveUpdate {}

package com.otopair.scheduling;

import com.otopair.base.LiveUpdate;
import java.util.UUID;

/** A booking of the shop was made, moved or cancelled; open schedule views redraw. */
public record BookedTimesChanged(UUID shopId) implements LiveUpdate {}

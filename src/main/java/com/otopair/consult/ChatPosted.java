package com.otopair.consult;

import com.otopair.base.LiveUpdate;
import java.util.UUID;

/** A line was added to a session's chat: open pages read the lines they have not shown yet. */
public record ChatPosted(UUID sessionId) implements LiveUpdate {}

package com.otopair.consult;

import com.otopair.base.LiveUpdate;
import java.util.UUID;

/** Someone opened or closed a session's page. */
public record PresenceChanged(UUID sessionId) implements LiveUpdate {}

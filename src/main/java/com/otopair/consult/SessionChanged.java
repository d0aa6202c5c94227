package com.otopair.consult;

import com.otopair.base.LiveUpdate;
import java.util.UUID;

/** A session moved (requested, claimed, released, ended): queues and its page re-read it. */
public record SessionChanged(UUID sessionId, UUID shopId) implements LiveUpdate {}

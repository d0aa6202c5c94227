package com.otopair.identity;

import com.otopair.base.LiveUpdate;
import java.util.UUID;

/** A user's account changed (role, status, verification, name); open user lists refresh. */
public record UserChanged(UUID userId) implements LiveUpdate {}

package com.otopair.notifications;

import com.otopair.base.LiveUpdate;
import java.util.UUID;

/**
 * A user's notifications changed (one arrived, or some were read): their open bells and
 * notification pages re-read.
 */
public record InboxChanged(UUID userId) implements LiveUpdate {}

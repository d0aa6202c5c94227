package com.otopair.reviews;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A review as its author sees it: what they wrote, until when they may change it, and, if an admin
 * hid it, why.
 */
public record OwnReview(
    UUID id,
    int stars,
    String text,
    boolean recommend,
    Instant postedAt,
    @Nullable Instant editedAt,
    Instant editableUntil,
    boolean editable,
    @Nullable String hiddenReason) {}

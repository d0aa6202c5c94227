package com.otopair.reviews;

import com.otopair.base.LiveUpdate;
import java.util.UUID;

/**
 * A review of the shop was posted, edited, hidden or restored: what its ratings add up to changed,
 * so open screens that show them (the owner's home) re-read them.
 */
public record RatingsChanged(UUID reviewId, UUID shopId) implements LiveUpdate {}

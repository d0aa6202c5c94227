package com.otopair.reviews;

import com.otopair.base.LiveUpdate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The ratings of a shop and of its mechanic changed: a review was posted, edited, hidden or
 * restored. Open ratings (a mechanic's home, an owner's rating trend) re-read them.
 */
public record RatingChanged(UUID shopId, @Nullable UUID mechanicId) implements LiveUpdate {}

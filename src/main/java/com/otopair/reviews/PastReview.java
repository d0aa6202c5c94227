package com.otopair.reviews;

import java.time.Instant;

/** A review of a finished visit, posted at {@code postedAt} (the demo's history). */
public record PastReview(Visit visit, ReviewDraft draft, Instant postedAt) {}

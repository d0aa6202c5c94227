package com.otopair.reviews;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A visible review as everyone reads it: the author's display name ("Emma T."), the service and the
 * month of the visit, the stars, the words, the recommendation, whether it was edited, how many
 * found it helpful, and the shop's reply when there is one.
 */
public record PublishedReview(
    UUID id,
    UUID shopId,
    String shopName,
    @Nullable UUID mechanicId,
    UUID customerId,
    String authorName,
    String serviceName,
    YearMonth visitMonth,
    int stars,
    String text,
    boolean recommend,
    Instant postedAt,
    boolean edited,
    int helpfulCount,
    @Nullable String reply,
    @Nullable Instant repliedAt) {}

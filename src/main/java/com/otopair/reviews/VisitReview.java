package com.otopair.reviews;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A visit as its review page shows it: the shop (and its public page's slug), the service, when it
 * was (in the shop's zone), whether it can be reviewed (done: the booking's job completed, the
 * session ended with a mechanic), and the review when there is one.
 */
public record VisitReview(
    Visit visit,
    UUID shopId,
    String shopName,
    String shopSlug,
    String serviceName,
    Instant servedAt,
    ZoneId zone,
    boolean reviewable,
    @Nullable OwnReview review) {}

package com.otopair.shops;

import java.time.Instant;
import java.util.UUID;

/** One row of the admin Shops grid. */
public record ShopSummary(
    UUID id,
    String slug,
    String name,
    String city,
    String country,
    ShopStatus status,
    String ownerName,
    String ownerEmail,
    Instant createdAt) {}

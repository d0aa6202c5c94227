package com.otopair.shops;

import com.otopair.base.Money;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A service on a shop's menu. {@code id} is null for one not saved yet; the price's currency is the
 * shop's (CAD in Canada, USD in the United States).
 */
public record Offering(
    @Nullable UUID id,
    String name,
    String description,
    OfferingCategory category,
    int durationMinutes,
    Money price,
    OfferingMode mode,
    boolean active) {}

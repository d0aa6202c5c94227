package com.otopair.shops;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an owner enters to set up or edit a shop. Coordinates are optional: without them the shop is
 * placed at its city's centre, which the owner can then fine-tune.
 */
public record ShopDraft(
    String name,
    String slug,
    String street,
    String city,
    String region,
    String postalCode,
    String country,
    String phone,
    String timeZone,
    String description,
    @Nullable Double latitude,
    @Nullable Double longitude,
    List<OpeningHours> openingHours) {}

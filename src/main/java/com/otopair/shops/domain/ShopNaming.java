package com.otopair.shops.domain;

import java.util.UUID;

/** How a shop is named and linked to, and the zone its times are told in. */
public record ShopNaming(UUID id, String slug, String name, String timeZone) {}

package com.otopair.shops;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A shop as its owner, the public page and admins see it. */
public record ShopDetails(
    UUID id,
    String slug,
    String name,
    String street,
    String city,
    String region,
    String postalCode,
    String country,
    String phone,
    String timeZone,
    String description,
    double latitude,
    double longitude,
    ShopStatus status,
    @Nullable String deactivationReason,
    Instant createdAt,
    @Nullable String logoUrl,
    List<OpeningHours> openingHours,
    List<Member> members) {

  /** Someone who works at the shop. */
  public record Member(UUID userId, String name, String role) {}

  public List<Member> mechanics() {
    return members.stream().filter(m -> m.role().equals("MECHANIC")).toList();
  }
}

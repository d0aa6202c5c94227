package com.otopair.shops;

import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** Owners and shop drafts for tests; every call makes new, unique ones. */
public final class ShopFixtures {

  private ShopFixtures() {}

  public static String newOwner(UserProvisioning users) {
    String email = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    users.createVerifiedUser(email, "Olga Owner", Roles.SHOP_OWNER, "a long enough passphrase");
    return email;
  }

  public static String uniqueSlug(String base) {
    return base + "-" + UUID.randomUUID().toString().substring(0, 6);
  }

  public static ShopDraft montreal(String slug) {
    return new ShopDraft(
        "Garage Test " + slug,
        slug,
        "100 Rue Test",
        "Montréal",
        "QC",
        "h2t1s6",
        "CA",
        "(514) 555-0100",
        "America/Toronto",
        "We fix things.",
        null,
        null,
        List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(17, 0))));
  }

  public static ShopDraft with(ShopDraft draft, String field, String value) {
    return new ShopDraft(
        field.equals("name") ? value : draft.name(),
        field.equals("slug") ? value : draft.slug(),
        field.equals("street") ? value : draft.street(),
        field.equals("city") ? value : draft.city(),
        field.equals("region") ? value : draft.region(),
        field.equals("postalCode") ? value : draft.postalCode(),
        field.equals("country") ? value : draft.country(),
        field.equals("phone") ? value : draft.phone(),
        field.equals("timeZone") ? value : draft.timeZone(),
        field.equals("description") ? value : draft.description(),
        draft.latitude(),
        draft.longitude(),
        draft.openingHours());
  }
}

package com.otopair.scheduling;

import com.otopair.base.Money;
import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.OpeningHours;
import com.otopair.shops.ShopDraft;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A fresh live shop with an owner and two mechanics, unique on every call. */
public record ScheduleFixtures(
    UUID shopId, String ownerEmail, UUID alex, String alexEmail, UUID bea) {

  public static ScheduleFixtures create(
      UserProvisioning users, ShopProvisioning shops, ShopMembership membership, String zone) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String ownerEmail = "owner-" + tag + "@example.test";
    UUID owner =
        users.createVerifiedUser(ownerEmail, "Olga Owner", Roles.SHOP_OWNER, "a long passphrase");
    UUID shop =
        shops.createLiveShop(
            owner,
            new ShopDraft(
                "Schedule Garage " + tag,
                "schedule-" + tag,
                "100 Rue Test",
                "Montréal",
                "QC",
                "H2T 1S6",
                "CA",
                "(514) 555-0100",
                zone,
                "We fix things.",
                null,
                null,
                List.of(
                    new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(17, 0)))));
    String alexEmail = "alex-" + tag + "@example.test";
    UUID alex = users.createVerifiedUser(alexEmail, "Alex Martin", Roles.MECHANIC, "a passphrase!");
    UUID bea =
        users.createVerifiedUser(
            "bea-" + tag + "@example.test", "Béa Roy", Roles.MECHANIC, "a passphrase!");
    membership.addMechanic(shop, alex);
    membership.addMechanic(shop, bea);
    return new ScheduleFixtures(shop, ownerEmail, alex, alexEmail, bea);
  }

  /** A service as the slot engine reads it: its length, its price and where it happens. */
  public static Offering service(int minutes, Money price, OfferingMode mode) {
    return new Offering(
        null, "Service", "A service.", OfferingCategory.OTHER, minutes, price, mode, true);
  }
}

package com.otopair.booking;

import com.otopair.base.Money;
import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.scheduling.WindowHours;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.OpeningHours;
import com.otopair.shops.ShopDraft;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/**
 * A live shop placed where a test wants it (Toronto's time zone whatever the place), open every day
 * 08:00–18:00, with one mechanic who works 09:00–12:00 on the given days and one one-hour
 * diagnostics service at the given price (CAD).
 */
public record PlacedShop(UUID id, String slug, String name, UUID mechanic) {

  public static PlacedShop at(
      double latitude,
      double longitude,
      Set<DayOfWeek> workdays,
      long priceMinor,
      UserProvisioning users,
      ShopProvisioning shops,
      ShopMembership membership,
      ScheduleProvisioning schedules) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    UUID owner =
        users.createVerifiedUser(
            "owner-" + tag + "@example.test", "Sam Owner", Roles.SHOP_OWNER, "a long passphrase");
    var draft =
        new ShopDraft(
            "Placed Garage " + tag,
            "placed-" + tag,
            "1 Test Street",
            "Ottawa",
            "ON",
            "K1A 0B1",
            "CA",
            "(613) 555-0100",
            "America/Toronto",
            "We fix things.",
            latitude,
            longitude,
            Arrays.stream(DayOfWeek.values())
                .map(d -> new OpeningHours(d, LocalTime.of(8, 0), LocalTime.of(18, 0)))
                .toList());
    UUID shop = shops.createLiveShop(owner, draft);
    UUID mechanic =
        users.createVerifiedUser(
            "mechanic-" + tag + "@example.test", "Max Mechanic", Roles.MECHANIC, "a passphrase!");
    membership.addMechanic(shop, mechanic);
    schedules.weeklyHours(
        shop,
        mechanic,
        workdays.stream()
            .map(
                d -> WindowHours.weekly(d, LocalTime.of(9, 0), LocalTime.of(12, 0), BigDecimal.ONE))
            .toList());
    shops.addOffering(
        shop,
        new Offering(
            null,
            "Diagnostics",
            "We find what is wrong.",
            OfferingCategory.DIAGNOSTICS,
            60,
            new Money(priceMinor, "CAD"),
            OfferingMode.IN_SHOP,
            true));
    return new PlacedShop(shop, draft.slug(), draft.name(), mechanic);
  }
}

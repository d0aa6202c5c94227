package com.otopair.booking;

import com.otopair.base.Money;
import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleFixtures;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.scheduling.WindowHours;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A live Toronto shop whose mechanics Alex and Béa work Mondays 09:00–12:00 (Alex at ×1.5), with a
 * one-hour oil change at $80, and verified customers to book it.
 */
public record BookingFixtures(ScheduleFixtures shop, UUID oilChange) {

  public static final Money PRICE = new Money(8000, "CAD");

  public static BookingFixtures create(
      UserProvisioning users,
      ShopProvisioning shops,
      ShopMembership membership,
      ScheduleProvisioning schedules) {
    ScheduleFixtures shop = ScheduleFixtures.create(users, shops, membership, "America/Toronto");
    schedules.weeklyHours(
        shop.shopId(),
        shop.alex(),
        List.of(
            WindowHours.weekly(
                DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), new BigDecimal("1.5"))));
    schedules.weeklyHours(
        shop.shopId(),
        shop.bea(),
        List.of(
            WindowHours.weekly(
                DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0), BigDecimal.ONE)));
    UUID oil =
        shops.addOffering(
            shop.shopId(),
            new Offering(
                null,
                "Oil change",
                "Synthetic oil and a new filter.",
                OfferingCategory.OIL,
                60,
                PRICE,
                OfferingMode.IN_SHOP,
                true));
    return new BookingFixtures(shop, oil);
  }

  /** {@code count} new verified customers; returns their emails. */
  public static List<String> customers(UserProvisioning users, int count) {
    List<String> emails = new ArrayList<>();
    String tag = UUID.randomUUID().toString().substring(0, 6);
    for (int i = 0; i < count; i++) {
      String email = "customer-" + tag + "-" + i + "@example.test";
      users.createVerifiedUser(email, "Casey Customer " + i, Roles.CUSTOMER, "a long passphrase");
      emails.add(email);
    }
    return emails;
  }
}

package com.otopair.consult;

import com.otopair.base.Money;
import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleFixtures;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A live shop with a 20-minute remote chat service, its two mechanics (Alex and Béa), and a
 * customer of its own; every call makes new ones, so tests own their data.
 */
public record ConsultFixtures(
    ScheduleFixtures shop,
    String slug,
    UUID chat,
    String customerEmail,
    UUID customerId,
    String beaEmail) {

  public static final Money PRICE = new Money(2500, "CAD");

  public static ConsultFixtures create(
      UserProvisioning users, ShopProvisioning shops, ShopMembership membership) {
    return at(
        ScheduleFixtures.create(users, shops, membership, "America/Toronto"),
        users,
        shops,
        membership);
  }

  /** The remote chat service and a customer at an existing shop (one that also takes bookings). */
  public static ConsultFixtures at(
      ScheduleFixtures shop,
      UserProvisioning users,
      ShopProvisioning shops,
      ShopMembership membership) {
    UUID chat =
        shops.addOffering(
            shop.shopId(),
            new Offering(
                null,
                "Remote diagnosis",
                "Tell a mechanic what your car does.",
                OfferingCategory.DIAGNOSTICS,
                20,
                PRICE,
                OfferingMode.REMOTE_CHAT,
                true));
    String tag = shop.alexEmail().substring(5, 13);
    String customerEmail = "emma-" + tag + "@example.test";
    UUID customer =
        users.createVerifiedUser(customerEmail, "Emma Tremblay", Roles.CUSTOMER, "a passphrase!");
    return new ConsultFixtures(
        shop,
        membership.ref(shop.shopId()).slug(),
        chat,
        customerEmail,
        customer,
        "bea-" + tag + "@example.test");
  }

  /** {@code count} more mechanics of the shop; returns their emails. */
  public List<String> moreMechanics(UserProvisioning users, ShopMembership membership, int count) {
    List<String> emails = new ArrayList<>();
    String tag = UUID.randomUUID().toString().substring(0, 6);
    for (int i = 0; i < count; i++) {
      String email = "mechanic-" + tag + "-" + i + "@example.test";
      UUID id = users.createVerifiedUser(email, "Mechanic " + i, Roles.MECHANIC, "a passphrase!");
      membership.addMechanic(shop.shopId(), id);
      emails.add(email);
    }
    return emails;
  }

  public LiveSessions.Request request(String problem) {
    return new LiveSessions.Request(slug, chat, "2016 Honda Civic", problem, List.of());
  }
}

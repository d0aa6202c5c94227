package com.otopair.demo;

import static com.otopair.shops.OfferingCategory.BRAKES;
import static com.otopair.shops.OfferingCategory.DIAGNOSTICS;
import static com.otopair.shops.OfferingCategory.ELECTRICAL;
import static com.otopair.shops.OfferingCategory.OIL;
import static com.otopair.shops.OfferingCategory.OTHER;
import static com.otopair.shops.OfferingCategory.TYRES;
import static com.otopair.shops.OfferingMode.IN_SHOP;
import static com.otopair.shops.OfferingMode.REMOTE_CHAT;
import static com.otopair.shops.OfferingMode.REMOTE_VIDEO;

import com.otopair.base.Money;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.OpeningHours;
import com.otopair.shops.ShopDraft;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The demo's shops, at real addresses with real coordinates, and who works where. */
final class DemoShops {

  record DemoShop(
      String ownerEmail,
      List<String> mechanicEmails,
      boolean live,
      ShopDraft draft,
      List<Offering> offerings,
      List<DemoPhoto> photos) {}

  /** A photo drawn for the demo (bench/demo-photos), under demo/photos/ on the classpath. */
  record DemoPhoto(String file, String caption) {}

  private static DemoPhoto photo(String file, String caption) {
    return new DemoPhoto(file, caption);
  }

  /** The same menu, priced in the shop's currency: a little more in Austin. */
  private static List<Offering> menu(String currency, double factor) {
    return List.of(
        offering("Check-engine light diagnosis", DIAGNOSTICS, 60, 95 * factor, currency, IN_SHOP),
        offering("Front brake pads and rotors", BRAKES, 120, 389 * factor, currency, IN_SHOP),
        offering("Synthetic oil change", OIL, 45, 89 * factor, currency, IN_SHOP),
        offering("Seasonal tyre change", TYRES, 45, 79 * factor, currency, IN_SHOP),
        offering("Battery and charging test", ELECTRICAL, 30, 49 * factor, currency, IN_SHOP),
        offering(
            "Ask a mechanic: video call", DIAGNOSTICS, 20, 35 * factor, currency, REMOTE_VIDEO),
        offering("Ask a mechanic: chat", OTHER, 15, 19 * factor, currency, REMOTE_CHAT));
  }

  private static Offering offering(
      String name,
      OfferingCategory category,
      int minutes,
      double price,
      String currency,
      OfferingMode mode) {
    return new Offering(
        null,
        name,
        "",
        category,
        minutes,
        Money.of(BigDecimal.valueOf(Math.round(price)), currency),
        mode,
        true);
  }

  private DemoShops() {}

  static List<DemoShop> all() {
    return List.of(
        new DemoShop(
            "sophie.tremblay@garage-plateau.test",
            List.of(
                "luc.bergeron@garage-plateau.test",
                "amelie.cote@garage-plateau.test",
                "karim.haddad@garage-plateau.test"),
            true,
            new ShopDraft(
                "Garage du Plateau",
                "garage-du-plateau",
                "4520 Rue Saint-Denis",
                "Montreal",
                "QC",
                "H2J 2L3",
                "CA",
                "514-555-0142",
                "America/Toronto",
                "A neighbourhood garage since 1987: brakes, suspension, diagnostics and seasonal tyre"
                    + " changes, with a mechanic on live video for quick questions.",
                45.5262,
                -73.5831,
                hours(LocalTime.of(7, 30), LocalTime.of(17, 30), true)),
            menu("CAD", 1.0),
            List.of(
                photo("storefront-plateau.jpg", "Our garage on Rue Saint-Denis"),
                photo("service-bay.jpg", "A car up on the lift in bay 1"),
                photo("tool-wall.jpg", ""),
                photo("waiting-room.jpg", "The waiting room, coffee included"))),
        new DemoShop(
            "marc.gagnon@atelier-rosemont.test",
            List.of("olivier.lavoie@atelier-rosemont.test", "chloe.fortin@atelier-rosemont.test"),
            true,
            new ShopDraft(
                "Atelier Mécanique Rosemont",
                "atelier-rosemont",
                "3150 Rue Masson",
                "Montreal",
                "QC",
                "H1Y 1X7",
                "CA",
                "514-555-0178",
                "America/Toronto",
                "European and Japanese cars, electrical faults and pre-purchase inspections.",
                45.5447,
                -73.5722,
                hours(LocalTime.of(8, 0), LocalTime.of(18, 0), false)),
            menu("CAD", 1.1),
            List.of(
                photo("storefront-rosemont.jpg", "The Atelier on Rue Masson"),
                photo("tool-wall.jpg", "Every tool in its place"),
                photo("service-bay.jpg", ""))),
        new DemoShop(
            "jessica.ramirez@eastside-auto.test",
            List.of(
                "diego.hernandez@eastside-auto.test",
                "tyler.brooks@eastside-auto.test",
                "maya.patel@eastside-auto.test"),
            true,
            new ShopDraft(
                "Eastside Auto Repair",
                "eastside-auto",
                "1701 E 7th St",
                "Austin",
                "TX",
                "78702",
                "US",
                "(512) 555-0163",
                "America/Chicago",
                "Family-run shop on the east side: A/C, oil changes, check-engine lights and fleet"
                    + " service, bilingual English and Spanish.",
                30.2627,
                -97.7253,
                hours(LocalTime.of(8, 0), LocalTime.of(18, 0), true)),
            menu("USD", 0.85),
            List.of(
                photo("storefront-eastside.jpg", "Eastside Auto on E 7th St"),
                photo("service-bay.jpg", "Two lifts, no waiting"),
                photo("tyre-rack.jpg", "Tyres in stock for most cars"),
                photo("waiting-room.jpg", ""))),
        new DemoShop(
            "marc.gagnon@atelier-rosemont.test",
            List.of(),
            false,
            new ShopDraft(
                "Pneus Masson",
                "pneus-masson",
                "2900 Rue Masson",
                "Montreal",
                "QC",
                "H1Y 1W9",
                "CA",
                "514-555-0191",
                "America/Toronto",
                "Tyres, rims and alignment, next door to the Atelier.",
                45.5432,
                -73.5758,
                hours(LocalTime.of(9, 0), LocalTime.of(17, 0), true)),
            List.of(),
            List.of(
                photo("storefront-masson.jpg", "Pneus Masson, next door to the Atelier"),
                photo("tyre-rack.jpg", "Winter tyres, ready to fit"),
                photo("tool-wall.jpg", ""))));
  }

  /** The bytes of a demo photo. */
  static byte[] image(DemoPhoto photo) {
    try (InputStream in = DemoShops.class.getResourceAsStream("/demo/photos/" + photo.file())) {
      if (in == null) {
        throw new IllegalStateException("No demo photo " + photo.file());
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<OpeningHours> hours(LocalTime opens, LocalTime closes, boolean saturday) {
    var hours = new ArrayList<OpeningHours>();
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.getValue() <= 5) {
        hours.add(new OpeningHours(day, opens, closes));
      } else if (day == DayOfWeek.SATURDAY && saturday) {
        hours.add(new OpeningHours(day, LocalTime.of(9, 0), LocalTime.of(14, 0)));
      }
    }
    return hours;
  }
}

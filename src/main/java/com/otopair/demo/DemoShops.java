package com.otopair.demo;

import com.otopair.shops.OpeningHours;
import com.otopair.shops.ShopDraft;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The demo's shops, at real addresses with real coordinates, and who works where. */
final class DemoShops {

  record DemoShop(String ownerEmail, List<String> mechanicEmails, boolean live, ShopDraft draft) {}

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
                hours(LocalTime.of(7, 30), LocalTime.of(17, 30), true))),
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
                hours(LocalTime.of(8, 0), LocalTime.of(18, 0), false))),
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
                hours(LocalTime.of(8, 0), LocalTime.of(18, 0), true))),
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
                hours(LocalTime.of(9, 0), LocalTime.of(17, 0), true))));
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

package com.otopair.demo;

import com.otopair.booking.BookingStatus;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopMembership;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The plan of the live shops' visits of the past: week after week, more of them as the months go by
 * (fewer in Montreal's summer, a rush for winter tyres in the fall), mostly done, some cancelled (a
 * share late), some missed, a few moved; and Emma's, Camille's and Julien's quiet visits.
 */
@Component
class DemoVisitHistory {

  /** Visits a week at each live shop at the start of the history, before the growth and season. */
  static final double[] WEEKLY = {4.0, 3.0, 3.5};

  private final ServiceMenu menu;
  private final ShopMembership membership;
  private final UserProvisioning users;
  private final Clock clock;

  DemoVisitHistory(
      ServiceMenu menu, ShopMembership membership, UserProvisioning users, Clock clock) {
    this.menu = menu;
    this.membership = membership;
    this.users = users;
    this.clock = clock;
  }

  /** The shop's visits week after week, growing, with the season. */
  List<DemoVisitPlan> weeks(
      Random draw, int s, UUID shop, DemoRegulars customers, DemoDiary diary) {
    ZoneId zone = membership.zoneOf(shop);
    LocalDate today = LocalDate.now(clock.withZone(zone));
    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<Offering> services = inShop(menu, shop);
    List<UUID> mechanics = membership.mechanicsOf(shop);
    List<UUID> regulars = customers.of(s);
    List<DemoVisitPlan> plans = new ArrayList<>();
    for (int w = 0; w <= DemoHistory.WEEKS; w++) {
      LocalDate week = monday.minusWeeks(DemoHistory.WEEKS - w);
      // Every third week at least one visit missed, and one cancelled: each month has both.
      boolean moved = false;
      BookingStatus due =
          w % 3 == 0 ? BookingStatus.NO_SHOW : w % 3 == 1 ? BookingStatus.CANCELLED : null;
      double wanted =
          WEEKLY[s] * (0.55 + 0.45 * w / DemoHistory.WEEKS) * season(s, week.getMonth())
              + draw.nextDouble() * 1.6
              - 0.8;
      for (int n = 0; n < Math.max(1, Math.round(wanted)); n++) {
        LocalDate day = week.plusDays(draw.nextInt(s == 1 ? 5 : 6));
        if (!day.isBefore(today)) {
          continue;
        }
        Offering service = pick(draw, services, week.getMonth(), s);
        Optional<DemoDiary.Slot> slot = diary.free(draw, zone, day, service, mechanics);
        if (slot.isEmpty()) {
          continue;
        }
        Instant start = slot.get().start();
        UUID mechanic = slot.get().mechanic();
        Instant bookedAt =
            start
                .minus(Duration.ofDays(1 + draw.nextInt(12)))
                .minus(Duration.ofHours(draw.nextInt(9)));
        int roll = draw.nextInt(100);
        BookingStatus outcome =
            due != null
                ? due
                : roll < 6
                    ? BookingStatus.NO_SHOW
                    : roll < 17 ? BookingStatus.CANCELLED : BookingStatus.COMPLETED;
        due = null;
        @Nullable Instant movedTo = null;
        if (roll >= 17 && roll < 21 || (w % 3 == 2 && !moved)) {
          Instant later = start.plus(Duration.ofDays(1 + draw.nextInt(2)));
          if (later.atZone(zone).toLocalDate().isBefore(today)
              && later.atZone(zone).getDayOfWeek() != DayOfWeek.SUNDAY) {
            movedTo = later;
            moved = true;
          }
        }
        plans.add(
            new DemoVisitPlan(
                s,
                customers.regular(draw, regulars, bookedAt),
                service,
                mechanic,
                start,
                bookedAt,
                movedTo,
                outcome,
                outcome == BookingStatus.CANCELLED && draw.nextInt(100) < 40,
                true));
      }
    }
    return plans;
  }

  /** Emma's and Camille's visits at the Plateau, Julien's at the Atelier: done, nothing left. */
  List<DemoVisitPlan> quiet(List<UUID> liveShops, DemoDiary diary) {
    var draw = new Random(7);
    List<DemoVisitPlan> plans = new ArrayList<>();
    List<String> who =
        List.of(
            DemoAccounts.CUSTOMER.email(),
            DemoAccounts.FRENCH_CUSTOMERS.get(0).email(),
            DemoAccounts.FRENCH_CUSTOMERS.get(1).email());
    for (int c = 0; c < who.size(); c++) {
      int s = c < 2 ? 0 : 1;
      UUID shop = liveShops.get(s);
      UUID customer = users.findByEmail(who.get(c)).orElseThrow();
      ZoneId zone = membership.zoneOf(shop);
      LocalDate today = LocalDate.now(clock.withZone(zone));
      List<UUID> mechanics = membership.mechanicsOf(shop);
      List<Offering> quiet =
          inShop(menu, shop).stream()
              .filter(
                  o ->
                      o.category() == OfferingCategory.DIAGNOSTICS
                          || o.category() == OfferingCategory.ELECTRICAL)
              .toList();
      for (int v = 0; v < quiet.size(); v++) {
        LocalDate day = today.minusWeeks(5L + v * 6L + c);
        while (day.getDayOfWeek().getValue() > 5) {
          day = day.minusDays(1);
        }
        Offering service = quiet.get(v);
        Optional<DemoDiary.Slot> slot = diary.free(draw, zone, day, service, mechanics);
        if (slot.isPresent()) {
          plans.add(
              new DemoVisitPlan(
                  s,
                  customer,
                  service,
                  slot.get().mechanic(),
                  slot.get().start(),
                  slot.get().start().minus(Duration.ofDays(4)),
                  null,
                  BookingStatus.COMPLETED,
                  false,
                  false));
        }
      }
    }
    return plans;
  }

  /** The shop's services done in the shop (the live-help ones are sessions). */
  static List<Offering> inShop(ServiceMenu menu, UUID shop) {
    return menu.publicMenu(shop).stream().filter(o -> o.mode() == OfferingMode.IN_SHOP).toList();
  }

  /** A service, by how often it is asked for that month at that shop. */
  static Offering pick(Random draw, List<Offering> services, Month month, int shop) {
    double[] weights = new double[services.size()];
    double total = 0;
    for (int i = 0; i < services.size(); i++) {
      weights[i] =
          switch (services.get(i).category()) {
            case OIL -> 4;
            case DIAGNOSTICS -> shop == 2 && summer(month) ? 5 : 3;
            case BRAKES -> 2;
            case TYRES -> shop < 2 && (month == Month.OCTOBER || month == Month.NOVEMBER) ? 9 : 1;
            case ELECTRICAL -> shop < 2 && month.getValue() >= 11 ? 3 : 1.5;
            default -> 1;
          };
      total += weights[i];
    }
    double at = draw.nextDouble() * total;
    for (int i = 0; i < services.size(); i++) {
      at -= weights[i];
      if (at < 0) {
        return services.get(i);
      }
    }
    return services.getLast();
  }

  /** How busy the month is: Montreal slows in summer and rushes for winter tyres; Austin's A/C. */
  static double season(int shop, Month month) {
    if (shop < 2) {
      return summer(month) ? 0.7 : month == Month.OCTOBER || month == Month.NOVEMBER ? 1.5 : 1.0;
    }
    return summer(month) ? 1.25 : 1.0;
  }

  private static boolean summer(Month month) {
    return month == Month.JULY || month == Month.AUGUST;
  }
}

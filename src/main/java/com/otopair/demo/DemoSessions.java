package com.otopair.demo;

import com.otopair.base.Money;
import com.otopair.booking.BookingProvisioning;
import com.otopair.booking.VehicleDetails;
import com.otopair.consult.ConsultProvisioning;
import com.otopair.consult.EndReason;
import com.otopair.consult.ReportDraft;
import com.otopair.consult.ReportLine;
import com.otopair.consult.ReportUrgency;
import com.otopair.consult.SessionStatus;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopMembership;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The demo's live sessions at Garage du Plateau: Luc's switch is on, Emma waits in the queue,
 * Camille has a chat booked for the next weekday, and four past sessions show each way a session
 * finishes.
 */
@Component
class DemoSessions {

  private final ConsultProvisioning consult;
  private final BookingProvisioning bookings;
  private final UserProvisioning users;
  private final ServiceMenu menu;
  private final ShopMembership membership;
  private final DemoJourneys journeys;
  private final Clock clock;

  DemoSessions(
      ConsultProvisioning consult,
      BookingProvisioning bookings,
      UserProvisioning users,
      ServiceMenu menu,
      ShopMembership membership,
      DemoJourneys journeys,
      Clock clock) {
    this.consult = consult;
    this.bookings = bookings;
    this.users = users;
    this.menu = menu;
    this.membership = membership;
    this.journeys = journeys;
    this.clock = clock;
  }

  /**
   * Live help at the Plateau; {@code booked}, the demo's bookings, get their sessions where they
   * are for a remote service, as bookings made on the site do.
   */
  void load(UUID plateau, LocalDate today, List<UUID> booked) {
    UUID luc = users.findByEmail(DemoAccounts.MECHANICS.getFirst().email()).orElseThrow();
    String lucName = DemoAccounts.MECHANICS.getFirst().name();
    UUID emma = users.findByEmail(DemoAccounts.CUSTOMER.email()).orElseThrow();
    String emmaName = DemoAccounts.CUSTOMER.name();
    Offering chat =
        menu.publicMenu(plateau).stream()
            .filter(o -> o.mode() == OfferingMode.REMOTE_CHAT)
            .findFirst()
            .orElseThrow();
    String shopName = membership.shopName(plateau);
    consult.online(luc);
    Instant day = clock.instant().minus(Duration.ofDays(3));
    var ask =
        new ConsultProvisioning.Ask(
            plateau,
            shopName,
            chat,
            emma,
            emmaName,
            "2018 Toyota RAV4",
            "A clicking sound when I turn the wheel all the way left.");
    UUID clicking =
        consult.finished(
            ask,
            day,
            SessionStatus.ENDED,
            EndReason.TIME_UP,
            luc,
            lucName,
            List.of(
                "It clicks only when I turn sharply, like in a parking lot.",
                "That sounds like a worn CV joint. Does it get louder when you accelerate while turning?",
                "Yes, a little.",
                "Then book a check soon; it is safe for short drives until then."));
    UUID battery =
        consult.finished(
            ask,
            day.plus(Duration.ofDays(1)),
            SessionStatus.ENDED,
            EndReason.CUSTOMER,
            luc,
            lucName,
            List.of(
                "Is it normal that the battery light flickers at idle?",
                "Not quite. Any other lights?"));
    consult.finished(
        ask,
        day.minus(Duration.ofDays(2)),
        SessionStatus.EXPIRED,
        EndReason.NOBODY_CAME,
        null,
        null,
        List.of());
    consult.finished(
        ask,
        day.minus(Duration.ofDays(4)),
        SessionStatus.CANCELLED,
        EndReason.LEFT_QUEUE,
        null,
        null,
        List.of());
    summaries(plateau, chat, clicking, battery);
    journeys.emma(plateau, day, clicking, day.plus(Duration.ofDays(1)), battery);
    // Camille booked a chat for the next weekday: its session waits for its time, then for its
    // mechanic.
    List<Offering> offered = menu.publicMenu(plateau);
    List<UUID> all = new ArrayList<>(booked);
    bookings
        .book(
            users.findByEmail(DemoAccounts.FRENCH_CUSTOMERS.getFirst().email()).orElseThrow(),
            plateau,
            offered.indexOf(chat),
            weekdayAfter(today),
            new VehicleDetails(null, 2017, "Mazda", "3", null, "QC 5120"),
            "La voiture tire à droite depuis la pose des pneus neufs. Est-ce l’alignement?",
            DemoUpcoming.bookedBefore(
                weekdayAfter(today), membership.zoneOf(plateau), clock.instant(), new Random(5120)))
        .ifPresent(all::add);
    consult.fromBookings(all);
    // Past sessions first: a customer waits in one queue at a time.
    consult.waiting(
        new ConsultProvisioning.Ask(
            plateau,
            shopName,
            chat,
            emma,
            emmaName,
            "2018 Toyota RAV4",
            "The tire pressure light came on this morning, but the tires look fine. Is it safe to"
                + " drive to work?"),
        Duration.ofMinutes(1));
  }

  /**
   * Luc's summaries of Emma's two sessions: the clicking one still a draft he can finish, the
   * battery one sent, recommending the shop's charging test (so **Book this repair** shows), with a
   * quick question Emma asked the next morning and his answer.
   */
  private void summaries(UUID plateau, Offering chat, UUID clicking, UUID battery) {
    String currency = chat.price().currency();
    consult.report(
        clicking,
        new ReportDraft(
            "The click on full lock that grows when accelerating points to the left outer CV"
                + " joint.",
            "",
            List.of(
                new ReportLine(
                    ReportLine.Kind.PART,
                    "Outer CV axle, front left",
                    BigDecimal.ONE,
                    new Money(18_000, currency))),
            "",
            ReportUrgency.SOON,
            null,
            List.of()),
        false);
    UUID chargingTest =
        menu.publicMenu(plateau).stream()
            .filter(
                o ->
                    o.mode() == OfferingMode.IN_SHOP && o.category() == OfferingCategory.ELECTRICAL)
            .findFirst()
            .orElseThrow()
            .id();
    consult.report(
        battery,
        new ReportDraft(
            "A battery light that flickers at idle and steadies with revs usually means the"
                + " alternator's output drops at idle, often from a glazed, slipping belt.",
            "We checked the dashboard lights together and ruled out a loose battery terminal.",
            List.of(
                new ReportLine(
                    ReportLine.Kind.PART,
                    "Serpentine belt",
                    BigDecimal.ONE,
                    new Money(4_500, currency)),
                new ReportLine(
                    ReportLine.Kind.LABOUR,
                    "Charging system test and belt replacement",
                    new BigDecimal("0.75"),
                    new Money(11_000, currency))),
            "Book the charging test this week; until then avoid long night drives with the"
                + " headlights and heater on.",
            ReportUrgency.URGENT,
            chargingTest,
            List.of()),
        true);
    consult.question(
        battery,
        Duration.ofHours(14),
        "The light stayed off on my way to work this morning. Can it wait until next week?",
        "Yes, if it stays off: the belt slips most when cold and wet. Book the test for early next"
            + " week and call us if the light comes back on the highway.");
  }

  /**
   * Emma's chat at Atelier Rosemont ten days ago: Olivier heard her brakes squeal and recommended
   * the shop's pads and rotors in his sent summary. She has not booked it, so her home recommends
   * "Book the repair Olivier recommended".
   */
  void followUp(UUID rosemont) {
    var olivier = DemoAccounts.MECHANICS.get(3);
    UUID mechanic = users.findByEmail(olivier.email()).orElseThrow();
    UUID emma = users.findByEmail(DemoAccounts.CUSTOMER.email()).orElseThrow();
    List<Offering> offered = menu.publicMenu(rosemont);
    Offering chat =
        offered.stream()
            .filter(o -> o.mode() == OfferingMode.REMOTE_CHAT)
            .findFirst()
            .orElseThrow();
    Offering brakes =
        offered.stream()
            .filter(
                o -> o.mode() == OfferingMode.IN_SHOP && o.category() == OfferingCategory.BRAKES)
            .findFirst()
            .orElseThrow();
    UUID squeal =
        consult.finished(
            new ConsultProvisioning.Ask(
                rosemont,
                membership.shopName(rosemont),
                chat,
                emma,
                DemoAccounts.CUSTOMER.name(),
                "2021 Toyota RAV4 Hybrid",
                "A squeal from the front when I brake at low speed."),
            clock.instant().minus(Duration.ofDays(10)),
            SessionStatus.ENDED,
            EndReason.CUSTOMER,
            mechanic,
            olivier.name(),
            List.of(
                "It squeals when I brake gently, mostly in the morning.",
                "That is often the pads' wear indicator. Does it stop when you brake harder?",
                "Yes, it goes quiet.",
                "Then the pads are near the end: have them and the rotors measured soon."));
    consult.report(
        squeal,
        new ReportDraft(
            "A squeal under light braking that stops under firm braking points to the pads' wear"
                + " indicators.",
            "",
            List.of(),
            "Book the pads and rotors check within two weeks.",
            ReportUrgency.SOON,
            brakes.id(),
            List.of()),
        true);
  }

  /** The next weekday after {@code today}, when the demo's mechanics work. */
  private static LocalDate weekdayAfter(LocalDate today) {
    LocalDate day = today.plusDays(1);
    while (day.getDayOfWeek().getValue() > 5) {
      day = day.plusDays(1);
    }
    return day;
  }
}

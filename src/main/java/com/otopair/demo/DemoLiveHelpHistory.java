package com.otopair.demo;

import com.otopair.booking.BookingStatus;
import com.otopair.booking.VehicleDetails;
import com.otopair.consult.ConsultProvisioning;
import com.otopair.consult.EndReason;
import com.otopair.consult.ReportDraft;
import com.otopair.consult.ReportUrgency;
import com.otopair.consult.SessionStatus;
import com.otopair.crm.EntryPoint;
import com.otopair.identity.UserContacts;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopMembership;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Customers' live-help journeys at the live shops over the months: an intake from every entry page,
 * most of them a session claimed a few minutes later, many with a summary read, some shown an
 * upsell and clicking it, and a few of those asking a follow-up or booking the repair. Written as
 * they are planned (the sessions through consult's provisioning, the CRM's steps the events cannot
 * tell through {@link DemoJourneys}); the repairs booked are returned as visits to write with the
 * others.
 */
@Component
class DemoLiveHelpHistory {

  /** What customers asked in live chat, in the shop's language. */
  private static final List<List<String>> CHATS =
      List.of(
          List.of(
              "My car shakes a little at highway speed. Is it safe?",
              "Often a wheel out of balance. Does the steering wheel shake too?",
              "Yes, above 100 km/h.",
              "Then book a balance soon; it is safe for city driving until then."),
          List.of(
              "Le voyant de pression des pneus reste allumé. Est-ce grave?",
              "Vérifiez d’abord la pression à froid. Un pneu est-il plus bas?",
              "Oui, l’avant gauche.",
              "Faites-le vérifier cette semaine : il y a peut-être une crevaison lente."),
          List.of(
              "The A/C blows warm air after ten minutes of driving.",
              "Does it get cold again when you stop?",
              "A little.",
              "It may be low on refrigerant; book a check before the heat gets worse."));

  /** Where each journey came in, in turn: every entry page the CRM knows. */
  private static final List<EntryPoint> ENTRIES =
      List.of(
          EntryPoint.TALK_NOW,
          EntryPoint.SHOP_PAGE,
          EntryPoint.FIND,
          EntryPoint.PHONE,
          EntryPoint.TALK_NOW,
          EntryPoint.UPSELL,
          EntryPoint.SHOP_PAGE,
          EntryPoint.FOLLOW_UP);

  private final ConsultProvisioning consult;
  private final ServiceMenu menu;
  private final ShopMembership membership;
  private final UserContacts contacts;
  private final DemoJourneys journeys;
  private final Clock clock;

  DemoLiveHelpHistory(
      ConsultProvisioning consult,
      ServiceMenu menu,
      ShopMembership membership,
      UserContacts contacts,
      DemoJourneys journeys,
      Clock clock) {
    this.consult = consult;
    this.menu = menu;
    this.membership = membership;
    this.contacts = contacts;
    this.journeys = journeys;
    this.clock = clock;
  }

  /** The journeys at the live shop at {@code s}; returns the repairs they booked. */
  List<DemoVisitPlan> sessions(
      Random draw, int s, UUID shop, DemoRegulars customers, DemoDiary diary) {
    ZoneId zone = membership.zoneOf(shop);
    LocalDate today = LocalDate.now(clock.withZone(zone));
    List<Offering> menuOf = menu.publicMenu(shop);
    Offering chat =
        menuOf.stream().filter(o -> o.mode() == OfferingMode.REMOTE_CHAT).findFirst().orElseThrow();
    List<Offering> services = DemoVisitHistory.inShop(menu, shop);
    List<UUID> mechanics = membership.mechanicsOf(shop);
    List<UUID> regulars = customers.of(s);
    String shopName = membership.shopName(shop);
    List<DemoVisitPlan> plans = new ArrayList<>();
    int journeysHere = 16 + s;
    for (int j = 0; j < journeysHere; j++) {

      // Denser lately: half of them in the last eight weeks.
      LocalDate day =
          today.minusDays(
              2
                  + Math.round(
                      (DemoHistory.WEEKS * 7 - 10) * Math.pow((double) j / journeysHere, 1.6)));
      Instant intake =
          day.atTime(LocalTime.of(9 + draw.nextInt(9), draw.nextInt(60))).atZone(zone).toInstant();
      UUID customer = customers.regular(draw, regulars, intake);
      EntryPoint entry = ENTRIES.get((j + s) % ENTRIES.size());
      consult.intake(shop, Objects.requireNonNull(chat.id()), customer, entry.parameter(), intake);
      if (draw.nextInt(100) >= 78) {
        continue;
      }
      Instant asked = intake.plus(Duration.ofMinutes(3 + draw.nextInt(8)));
      int who = draw.nextInt(mechanics.size());
      UUID mechanic = mechanics.get(who);
      VehicleDetails car = DemoVisitPlan.CARS.get(j % DemoVisitPlan.CARS.size());
      UUID session =
          consult.finished(
              new ConsultProvisioning.Ask(
                  shop,
                  shopName,
                  chat,
                  customer,
                  nameOf(customer),
                  car.year() + " " + car.make(),
                  CHATS.get(s).getFirst()),
              asked,
              Duration.ofSeconds(40 + draw.nextInt(9 * 60)),
              SessionStatus.ENDED,
              draw.nextBoolean() ? EndReason.TIME_UP : EndReason.CUSTOMER,
              mechanic,
              nameOf(mechanic),
              CHATS.get(s));
      journeys.session(session, customer, shop, asked);
      if (draw.nextInt(100) >= 75) {
        continue;
      }
      consult.report(
          session,
          new ReportDraft(
              CHATS.get(s).get(1),
              "",
              List.of(),
              CHATS.get(s).getLast(),
              ReportUrgency.SOON,
              services.get(j % services.size()).id(),
              List.of()),
          true);
      Instant read = consult.opened(session, Duration.ofMinutes(30 + draw.nextInt(18 * 60)));
      if (draw.nextInt(100) >= 80) {
        continue;
      }
      boolean clicked = draw.nextInt(100) < 60;
      journeys.upsell(customer, read.plus(Duration.ofMinutes(1)), clicked);
      if (!clicked || draw.nextInt(100) >= 75) {
        continue;
      }
      if (j % 2 == 0) {
        Duration after = Duration.ofHours(4 + draw.nextInt(30));
        UUID question =
            consult.question(
                session,
                after,
                s == 1
                    ? "Est-ce que je peux attendre la semaine prochaine?"
                    : "Can it wait a week?",
                s == 1 ? "Oui, si le voyant reste éteint." : "Yes, if nothing gets worse.");
        journeys.followUp(question, customer, shop, read.plus(after));
        continue;
      }
      // The repair booked from the card, a few days later.
      Instant bookedAt = read.plus(Duration.ofHours(2 + draw.nextInt(20)));
      LocalDate visit = bookedAt.atZone(zone).toLocalDate().plusDays(2);
      while (visit.getDayOfWeek().getValue() > 5) {
        visit = visit.plusDays(1);
      }
      if (!visit.isBefore(today)) {
        continue;
      }
      Offering repair = services.get(j % services.size());
      diary
          .free(draw, zone, visit, repair, mechanics)
          .ifPresent(
              slot ->
                  plans.add(
                      new DemoVisitPlan(
                          s,
                          customer,
                          repair,
                          slot.mechanic(),
                          slot.start(),
                          bookedAt,
                          null,
                          BookingStatus.COMPLETED,
                          false,
                          true)));
    }
    return plans;
  }

  private String nameOf(UUID user) {
    return contacts.find(user).orElseThrow().name();
  }
}

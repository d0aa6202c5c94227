package com.otopair.demo;

import com.otopair.booking.BookingProvisioning;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.PastBooking;
import com.otopair.booking.VehicleDetails;
import com.otopair.consult.ConsultProvisioning;
import com.otopair.consult.EndReason;
import com.otopair.consult.ReportDraft;
import com.otopair.consult.ReportUrgency;
import com.otopair.consult.SessionStatus;
import com.otopair.crm.EntryPoint;
import com.otopair.identity.UserContacts;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.JobProvisioning;
import com.otopair.jobs.LineDraft;
import com.otopair.jobs.LineKind;
import com.otopair.jobs.PastJob;
import com.otopair.payments.PastPayment;
import com.otopair.payments.PaymentProvisioning;
import com.otopair.reviews.PastReview;
import com.otopair.reviews.ReviewDraft;
import com.otopair.reviews.ReviewProvisioning;
import com.otopair.reviews.Visit;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopMembership;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Six months of the live shops' past, so every chart has a story: visits each week at each shop,
 * more of them as the months go by (fewer in Montreal's summer, a rush for winter tyres in the
 * fall), mostly done, some cancelled (a share late), some missed, a few moved; each done visit with
 * its job, estimate and payment, many reviewed (stars getting better); and the live-help sessions
 * their customers asked for, through intake, summary, upsell and follow-up or booking. Written
 * through the modules' provisioning, at the times it happened, so what they derive from their
 * events (the CRM's journeys, the ratings) follows as in real use. A fixed draw: every start tells
 * the same story relative to today.
 */
@Component
class DemoHistory {

  /** How far back the history goes. */
  static final int WEEKS = 26;

  /** Visits a week at each live shop at the start of the history, before the growth and season. */
  private static final double[] WEEKLY = {4.0, 3.0, 3.5};

  /** Each live shop's prices against the menu's base, as {@link DemoShops} sets them. */
  private static final double[] PRICES = {1.0, 1.1, 0.85};

  /** Where the shop's average stars start, six months ago. */
  private static final double[] STARS = {4.0, 3.6, 3.8};

  private static final List<VehicleDetails> CARS =
      List.of(
          new VehicleDetails(null, 2016, "Honda", "CR-V", null, "H1 4JK"),
          new VehicleDetails(null, 2019, "Hyundai", "Elantra", null, "K88 PLM"),
          new VehicleDetails(null, 2014, "Chevrolet", "Silverado", null, "TX 9132"),
          new VehicleDetails(null, 2020, "Subaru", "Outback", null, "F41 XZA"),
          new VehicleDetails(null, 2012, "Toyota", "Corolla", null, "W52 RTY"),
          new VehicleDetails(null, 2022, "Kia", "Niro EV", null, "EV 2201"));

  /** People's words, as they wrote them: the English shops' reviews. */
  private static final List<String> SAID =
      List.of(
          "In and out before lunch, as promised.",
          "They showed me the worn parts before replacing anything.",
          "Honest quote and the car drives like new.",
          "A bit of a wait, but the work was good.",
          "Friendly front desk, clear invoice.",
          "Fixed what two other shops could not find.",
          "Took longer than they said.",
          "Good price for the tyres and a quick swap.");

  /** ... and Atelier Rosemont's, in French. */
  private static final List<String> DIT =
      List.of(
          "Travail propre et rapide, merci!",
          "On m’a montré les pièces usées avant de les changer.",
          "Prix honnête, auto prête à l’heure.",
          "Un peu d’attente, mais bon travail.",
          "Accueil sympathique, facture claire.",
          "Ils ont trouvé le bruit que personne ne trouvait.",
          "Plus long que prévu.",
          "Pose des pneus d’hiver en vitesse.");

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

  /** Lines the customer left for later (the CRM's upsells pick them up). */
  private static final List<LineDraft> DECLINED =
      List.of(
          part("Wiper blades", "2", 2200),
          part("Cabin air filter", "1", 3400),
          part("Rear brake pads (pair)", "1", 7900),
          labour("Coolant flush", "0.5", 11000));

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

  /** A mechanic's free time for a visit. */
  private record Slot(Instant start, UUID mechanic) {}

  /** A visit the history writes: its shop's place, customer, service, time and ending. */
  private record Plan(
      int shop,
      UUID customer,
      Offering service,
      UUID mechanic,
      Instant start,
      Instant bookedAt,
      @Nullable Instant movedTo,
      BookingStatus outcome,
      boolean late,
      boolean regular) {}

  private final BookingProvisioning bookings;
  private final JobProvisioning jobs;
  private final PaymentProvisioning payments;
  private final ReviewProvisioning reviews;
  private final ConsultProvisioning consult;
  private final ServiceMenu menu;
  private final ShopMembership membership;
  private final UserProvisioning users;
  private final UserContacts contacts;
  private final DemoJourneys journeys;
  private final Clock clock;

  /** When each generated customer first came (their visits and journeys start from then). */
  private final Map<UUID, Instant> joined = new HashMap<>();

  DemoHistory(
      BookingProvisioning bookings,
      JobProvisioning jobs,
      PaymentProvisioning payments,
      ReviewProvisioning reviews,
      ConsultProvisioning consult,
      ServiceMenu menu,
      ShopMembership membership,
      UserProvisioning users,
      UserContacts contacts,
      DemoJourneys journeys,
      Clock clock) {
    this.bookings = bookings;
    this.jobs = jobs;
    this.payments = payments;
    this.reviews = reviews;
    this.consult = consult;
    this.menu = menu;
    this.membership = membership;
    this.users = users;
    this.contacts = contacts;
    this.journeys = journeys;
    this.clock = clock;
  }

  /**
   * The history of the {@code liveShops} (in {@link DemoShops}' order) with the generated {@code
   * customerEmails}: Montreal's regulars at the first two, Austin's at the third; Emma, Camille and
   * Julien each had a couple of quiet visits (no estimate left open, no review) so their homes show
   * a past without changing what waits for them.
   */
  void load(List<UUID> liveShops, List<String> customerEmails) {
    var draw = new Random(202606);
    List<UUID> montreal = new ArrayList<>();
    List<UUID> austin = new ArrayList<>();
    for (int i = 0; i < customerEmails.size(); i++) {
      UUID id = users.findByEmail(customerEmails.get(i)).orElseThrow();
      (i % 2 == 1 ? montreal : austin).add(id);
    }
    // Customers came to Otopair over the months, more of them lately: the first three from the
    // start, the last in the past fortnight (the CRM's weekly cohorts).
    Instant now = clock.instant();
    for (List<UUID> city : List.of(montreal, austin)) {
      for (int k = 0; k < city.size(); k++) {
        double left = k < 3 ? 1 : 1 - (double) k / city.size();
        joined.put(
            city.get(k),
            now.minus(Duration.ofDays(Math.round((WEEKS * 7 + 3) * Math.pow(left, 1.3)) + 1)));
      }
    }
    List<Plan> plans = new ArrayList<>();
    Map<String, List<Instant[]>> busy = new HashMap<>();
    for (int s = 0; s < liveShops.size() && s < WEEKLY.length; s++) {
      UUID shop = liveShops.get(s);
      List<UUID> regulars = s < 2 ? montreal : austin;
      plans.addAll(sessions(draw, s, shop, regulars, busy));
      plans.addAll(weeks(draw, s, shop, regulars, busy));
    }
    plans.addAll(quiet(liveShops, busy));
    plans.sort((a, b) -> a.bookedAt().compareTo(b.bookedAt()));
    write(draw, liveShops, plans);
  }

  /** The shop's visits week after week, growing, with the season. */
  private List<Plan> weeks(
      Random draw, int s, UUID shop, List<UUID> regulars, Map<String, List<Instant[]>> busy) {
    ZoneId zone = membership.zoneOf(shop);
    LocalDate today = LocalDate.now(clock.withZone(zone));
    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<Offering> services = inShop(shop);
    List<UUID> mechanics = membership.mechanicsOf(shop);
    List<Plan> plans = new ArrayList<>();
    for (int w = 0; w <= WEEKS; w++) {
      LocalDate week = monday.minusWeeks(WEEKS - w);
      // Every third week at least one visit missed, and one cancelled: each month has both.
      boolean moved = false;
      BookingStatus due =
          w % 3 == 0 ? BookingStatus.NO_SHOW : w % 3 == 1 ? BookingStatus.CANCELLED : null;
      double wanted =
          WEEKLY[s] * (0.55 + 0.45 * w / WEEKS) * season(s, week.getMonth())
              + draw.nextDouble() * 1.6
              - 0.8;
      for (int n = 0; n < Math.max(1, Math.round(wanted)); n++) {
        LocalDate day = week.plusDays(draw.nextInt(s == 1 ? 5 : 6));
        if (!day.isBefore(today)) {
          continue;
        }
        Offering service = pick(draw, services, week.getMonth(), s);
        Optional<Slot> slot = free(draw, zone, day, service, mechanics, busy);
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
        Instant movedTo = null;
        if (roll >= 17 && roll < 21 || (w % 3 == 2 && !moved)) {
          Instant later = start.plus(Duration.ofDays(1 + draw.nextInt(2)));
          if (later.atZone(zone).toLocalDate().isBefore(today)
              && later.atZone(zone).getDayOfWeek() != DayOfWeek.SUNDAY) {
            movedTo = later;
            moved = true;
          }
        }
        plans.add(
            new Plan(
                s,
                regular(draw, regulars, bookedAt),
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

  /**
   * Customers' live-help journeys at the shop over the months: an intake from every entry page,
   * most of them a session claimed a few minutes later, many with a summary read, some shown an
   * upsell and clicking it, and a few of those asking a follow-up or booking the repair (returned,
   * to be written with the other visits).
   */
  private List<Plan> sessions(
      Random draw, int s, UUID shop, List<UUID> regulars, Map<String, List<Instant[]>> busy) {
    ZoneId zone = membership.zoneOf(shop);
    LocalDate today = LocalDate.now(clock.withZone(zone));
    List<Offering> menuOf = menu.publicMenu(shop);
    Offering chat =
        menuOf.stream().filter(o -> o.mode() == OfferingMode.REMOTE_CHAT).findFirst().orElseThrow();
    List<Offering> services = inShop(shop);
    List<UUID> mechanics = membership.mechanicsOf(shop);
    String shopName = membership.shopName(shop);
    List<Plan> plans = new ArrayList<>();
    int journeysHere = 16 + s;
    for (int j = 0; j < journeysHere; j++) {

      // Denser lately: half of them in the last eight weeks.
      LocalDate day =
          today.minusDays(
              2 + Math.round((WEEKS * 7 - 10) * Math.pow((double) j / journeysHere, 1.6)));
      Instant intake =
          day.atTime(LocalTime.of(9 + draw.nextInt(9), draw.nextInt(60))).atZone(zone).toInstant();
      UUID customer = regular(draw, regulars, intake);
      EntryPoint entry = ENTRIES.get((j + s) % ENTRIES.size());
      consult.intake(shop, Objects.requireNonNull(chat.id()), customer, entry.parameter(), intake);
      if (draw.nextInt(100) >= 78) {
        continue;
      }
      Instant asked = intake.plus(Duration.ofMinutes(3 + draw.nextInt(8)));
      int who = draw.nextInt(mechanics.size());
      UUID mechanic = mechanics.get(who);
      UUID session =
          consult.finished(
              new ConsultProvisioning.Ask(
                  shop,
                  shopName,
                  chat,
                  customer,
                  nameOf(customer),
                  CARS.get(j % CARS.size()).year() + " " + CARS.get(j % CARS.size()).make(),
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
      free(draw, zone, visit, repair, mechanics, busy)
          .ifPresent(
              slot ->
                  plans.add(
                      new Plan(
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

  /** Emma's and Camille's visits at the Plateau, Julien's at the Atelier: done, nothing left. */
  private List<Plan> quiet(List<UUID> liveShops, Map<String, List<Instant[]>> busy) {
    var draw = new Random(7);
    List<Plan> plans = new ArrayList<>();
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
          inShop(shop).stream()
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
        Optional<Slot> slot = free(draw, zone, day, service, mechanics, busy);
        if (slot.isPresent()) {
          plans.add(
              new Plan(
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

  /**
   * Writes the visits, a module at a time (one transaction each): the bookings; the jobs of the
   * done ones; their payments; the reviews of many of them.
   */
  private void write(Random draw, List<UUID> liveShops, List<Plan> plans) {
    Instant now = clock.instant();
    List<Optional<UUID>> booked =
        bookings.past(
            plans.stream()
                .map(
                    plan ->
                        new PastBooking(
                            plan.customer(),
                            liveShops.get(plan.shop()),
                            Objects.requireNonNull(plan.service().id()),
                            plan.mechanic(),
                            plan.start(),
                            plan.bookedAt(),
                            plan.movedTo(),
                            plan.outcome(),
                            plan.late(),
                            CARS.get(Math.floorMod(plan.customer().hashCode(), CARS.size())),
                            ""))
                .toList());
    List<Plan> done = new ArrayList<>();
    List<UUID> doneBookings = new ArrayList<>();
    List<PastJob> work = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      if (booked.get(i).isEmpty() || plan.outcome() != BookingStatus.COMPLETED) {
        continue;
      }
      int late = draw.nextInt(100);
      Duration lateStart =
          Duration.ofMinutes(
              late < 65
                  ? draw.nextInt(5)
                  : late < 85 ? 10 + draw.nextInt(25) : -1 - draw.nextInt(10));
      Duration took =
          Duration.ofMinutes(
              Math.round(plan.service().durationMinutes() * (0.9 + 0.7 * draw.nextDouble())));
      List<LineDraft> declined =
          plan.regular() && draw.nextInt(100) < 15
              ? List.of(DECLINED.get(draw.nextInt(DECLINED.size())))
              : List.of();
      done.add(plan);
      doneBookings.add(booked.get(i).get());
      work.add(
          new PastJob(
              booked.get(i).get(),
              plan.bookedAt(),
              lateStart,
              took,
              lines(plan.service(), PRICES[plan.shop()], draw),
              declined));
    }
    List<UUID> jobIds = jobs.past(work);
    List<PastPayment> paid = new ArrayList<>();
    List<PastReview> said = new ArrayList<>();
    for (int i = 0; i < done.size(); i++) {
      Plan plan = done.get(i);
      Instant start = plan.movedTo() != null ? plan.movedTo() : plan.start();
      Instant finished = start.plus(work.get(i).lateStart()).plus(work.get(i).work());
      Instant paidAt = finished.plus(Duration.ofMinutes(5 + draw.nextInt(25)));
      int money = draw.nextInt(100);
      Duration refundAfter = Duration.ofDays(1 + draw.nextInt(5));
      long refund =
          !plan.regular() || money >= 5 || paidAt.plus(refundAfter).isAfter(now)
              ? 0
              : money < 2 ? Long.MAX_VALUE : 2_500;
      paid.add(
          new PastPayment(
              jobIds.get(i),
              paidAt,
              plan.regular() && money >= 95,
              refund,
              refundAfter,
              "Goodwill: the customer came back about the repair."));
      Instant posted = finished.plus(Duration.ofHours(2 + draw.nextInt(90)));
      if (!plan.regular() || draw.nextInt(100) >= 45 || posted.isAfter(now)) {
        continue;
      }
      double progress =
          (double) Duration.between(now.minus(Duration.ofDays(WEEKS * 7L)), start).toDays()
              / (WEEKS * 7);
      int stars =
          (int)
              Math.max(
                  1,
                  Math.min(
                      5,
                      Math.round(STARS[plan.shop()] + 0.8 * progress + draw.nextGaussian() * 0.8)));
      List<String> words = plan.shop() == 1 ? DIT : SAID;
      String text = draw.nextInt(100) < 40 ? "" : words.get(draw.nextInt(words.size()));
      said.add(
          new PastReview(
              Visit.booking(doneBookings.get(i)),
              new ReviewDraft(stars, text, stars >= 4),
              posted));
    }
    payments.past(paid);
    reviews.past(said);
  }

  /** The estimate of a done visit of {@code service}: its labour at the menu's price and parts. */
  private static List<LineDraft> lines(Offering service, double factor, Random draw) {
    long price = service.price().minor();
    long parts = Math.round(factor * 100);
    List<LineDraft> lines = new ArrayList<>();
    lines.add(labour(service.name(), "1", price));
    switch (service.category()) {
      case BRAKES -> {
        lines.add(part("Front brake pads (pair)", "1", 89 * parts));
        if (draw.nextBoolean()) {
          lines.add(part("Front rotors (pair)", "1", 189 * parts));
        }
      }
      case OIL -> lines.add(part("Oil filter", "1", 14 * parts));
      case TYRES -> {
        if (draw.nextInt(100) < 30) {
          lines.add(part("Wheel balancing weights", "4", 3 * parts));
        }
      }
      case ELECTRICAL -> {
        if (draw.nextInt(100) < 35) {
          lines.add(part("Battery, 12 V group 24", "1", 219 * parts));
        }
      }
      case DIAGNOSTICS -> {
        if (draw.nextInt(100) < 40) {
          lines.add(part("Oxygen sensor", "1", 129 * parts));
        }
      }
      default -> {}
    }
    return lines;
  }

  /** The shop's services done in the shop (the live-help ones are sessions). */
  private List<Offering> inShop(UUID shop) {
    return menu.publicMenu(shop).stream().filter(o -> o.mode() == OfferingMode.IN_SHOP).toList();
  }

  /** A service, by how often it is asked for that month at that shop. */
  private static Offering pick(Random draw, List<Offering> services, Month month, int shop) {
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
  private static double season(int shop, Month month) {
    if (shop < 2) {
      return summer(month) ? 0.7 : month == Month.OCTOBER || month == Month.NOVEMBER ? 1.5 : 1.0;
    }
    return summer(month) ? 1.25 : 1.0;
  }

  private static boolean summer(Month month) {
    return month == Month.JULY || month == Month.AUGUST;
  }

  /**
   * A free start for the service that day in the shop's hours (weekdays 8:30 to 15:30, Saturday
   * mornings) with a mechanic of the shop not busy then; empty after a few tries.
   */
  private static Optional<Slot> free(
      Random draw,
      ZoneId zone,
      LocalDate day,
      Offering service,
      List<UUID> mechanics,
      Map<String, List<Instant[]>> busy) {
    boolean saturday = day.getDayOfWeek() == DayOfWeek.SATURDAY;
    if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return Optional.empty();
    }
    for (int attempt = 0; attempt < 6; attempt++) {
      int halfHours = saturday ? 6 : 15;
      LocalTime time =
          LocalTime.of(saturday ? 9 : 8, 30).plusMinutes(30L * draw.nextInt(halfHours));
      Instant start = day.atTime(time).atZone(zone).toInstant();
      Instant end = start.plus(Duration.ofMinutes(service.durationMinutes() + 15L));
      int who = draw.nextInt(mechanics.size());
      List<Instant[]> taken =
          busy.computeIfAbsent(mechanics.get(who) + "/" + day, k -> new ArrayList<>());
      if (taken.stream().noneMatch(t -> t[0].isBefore(end) && start.isBefore(t[1]))) {
        taken.add(new Instant[] {start, end});
        return Optional.of(new Slot(start, mechanics.get(who)));
      }
    }
    return Optional.empty();
  }

  /** One of the regulars who had come to Otopair by {@code at}, the newest most likely. */
  private UUID regular(Random draw, List<UUID> regulars, Instant at) {
    List<UUID> came =
        regulars.stream().filter(c -> !joined.getOrDefault(c, at).isAfter(at)).toList();
    if (came.isEmpty()) {
      return regulars.getFirst();
    }
    // Half the time the newest: a new customer's first visits come soon after they arrive.
    return draw.nextBoolean() ? came.getLast() : came.get(draw.nextInt(came.size()));
  }

  private String nameOf(UUID user) {
    return contacts.find(user).orElseThrow().name();
  }

  private static LineDraft labour(String what, String hours, long rate) {
    return new LineDraft(LineKind.LABOUR, what, new BigDecimal(hours), rate);
  }

  private static LineDraft part(String what, String quantity, long price) {
    return new LineDraft(LineKind.PART, what, new BigDecimal(quantity), price);
  }
}

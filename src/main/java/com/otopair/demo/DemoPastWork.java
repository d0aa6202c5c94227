package com.otopair.demo;

import com.otopair.booking.BookingProvisioning;
import com.otopair.booking.BookingSource;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.PastBooking;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Writes the planned visits of the demo's history, a module at a time (one transaction each): the
 * bookings; the jobs of the done ones, with their estimates; their payments (a few failed first, a
 * few refunded); the reviews of many of them, stars getting better over the months.
 */
@Component
class DemoPastWork {

  /** Each live shop's prices against the menu's base, as {@link DemoShops} sets them. */
  private static final double[] PRICES = {1.0, 1.1, 0.85};

  /** Where the shop's average stars start, six months ago. */
  private static final double[] STARS = {4.0, 3.6, 3.8};

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

  /** Lines the customer left for later (the CRM's upsells pick them up). */
  private static final List<LineDraft> DECLINED =
      List.of(
          part("Wiper blades", "2", 2200),
          part("Cabin air filter", "1", 3400),
          part("Rear brake pads (pair)", "1", 7900),
          labour("Coolant flush", "0.5", 11000));

  private final BookingProvisioning bookings;
  private final JobProvisioning jobs;
  private final PaymentProvisioning payments;
  private final ReviewProvisioning reviews;
  private final Clock clock;

  DemoPastWork(
      BookingProvisioning bookings,
      JobProvisioning jobs,
      PaymentProvisioning payments,
      ReviewProvisioning reviews,
      Clock clock) {
    this.bookings = bookings;
    this.jobs = jobs;
    this.payments = payments;
    this.reviews = reviews;
    this.clock = clock;
  }

  /**
   * About one visit in sixteen was booked by the shop on a call: chosen by the hour it was booked,
   * so the draw, and with it the rest of the story, stays as it was.
   */
  private static BookingSource byPhone(DemoVisitPlan plan) {
    return plan.bookedAt().getEpochSecond() / 3600 % 16 == 5
        ? BookingSource.PHONE
        : BookingSource.WEB;
  }

  /** Writes {@code plans} at the {@code liveShops}, drawing what was done from {@code draw}. */
  void write(Random draw, List<UUID> liveShops, List<DemoVisitPlan> plans) {
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
                            DemoVisitPlan.carOf(plan.customer()),
                            "",
                            byPhone(plan)))
                .toList());
    List<DemoVisitPlan> done = new ArrayList<>();
    List<UUID> doneBookings = new ArrayList<>();
    List<PastJob> work = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      DemoVisitPlan plan = plans.get(i);
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
      DemoVisitPlan plan = done.get(i);
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
      said.add(
          new PastReview(
              Visit.booking(doneBookings.get(i)), review(draw, plan, start, now), posted));
    }
    payments.past(paid);
    reviews.past(said);
  }

  /** The customer's stars and words: better as the months go by, many without words. */
  private static ReviewDraft review(Random draw, DemoVisitPlan plan, Instant start, Instant now) {
    int days = DemoHistory.WEEKS * 7;
    double progress =
        (double) Duration.between(now.minus(Duration.ofDays(days)), start).toDays() / days;
    int stars =
        (int)
            Math.max(
                1,
                Math.min(
                    5,
                    Math.round(STARS[plan.shop()] + 0.8 * progress + draw.nextGaussian() * 0.8)));
    List<String> words = plan.shop() == 1 ? DIT : SAID;
    String text = draw.nextInt(100) < 40 ? "" : words.get(draw.nextInt(words.size()));
    return new ReviewDraft(stars, text, stars >= 4);
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

  private static LineDraft labour(String what, String hours, long rate) {
    return new LineDraft(LineKind.LABOUR, what, new BigDecimal(hours), rate);
  }

  private static LineDraft part(String what, String quantity, long price) {
    return new LineDraft(LineKind.PART, what, new BigDecimal(quantity), price);
  }
}

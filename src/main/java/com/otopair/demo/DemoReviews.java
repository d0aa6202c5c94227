package com.otopair.demo;

import com.otopair.booking.BookingProvisioning;
import com.otopair.booking.VehicleDetails;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.JobProvisioning;
import com.otopair.reviews.ReportReason;
import com.otopair.reviews.ReviewDraft;
import com.otopair.reviews.ReviewLinks;
import com.otopair.reviews.ReviewProvisioning;
import com.otopair.reviews.Visit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reviews of the live shops, so Find and the public pages show different ratings: visits of demo
 * customers whose jobs are done, each reviewed from its signed link as a customer would, with mixed
 * stars and words (in French at Atelier Mécanique Rosemont). People's words, as they wrote them.
 */
@Component
class DemoReviews {

  /** Stars, words and "would recommend" of each live shop's reviews, in the shops' order. */
  private static final List<List<ReviewDraft>> REVIEWS =
      List.of(
          List.of(
              new ReviewDraft(
                  5,
                  "Luc explained the brake job before starting and kept the old pads to show me.",
                  true),
              new ReviewDraft(5, "Oil change done in 40 minutes, coffee was good too.", true),
              new ReviewDraft(4, "Fair price. I waited a bit longer than the booking said.", true),
              new ReviewDraft(5, "", true),
              new ReviewDraft(4, "Found the rattle everyone else missed.", true)),
          List.of(
              new ReviewDraft(4, "Service rapide et courtois. On m’a expliqué chaque étape.", true),
              new ReviewDraft(
                  3, "Bon travail, mais l’auto était prête deux heures plus tard que prévu.", true),
              new ReviewDraft(5, "Pneus d’hiver posés en 30 minutes, prix honnête.", true),
              new ReviewDraft(
                  2,
                  "Le bruit est revenu après une semaine; ils ont repris l’auto sans frais.",
                  false),
              new ReviewDraft(4, "", true)),
          List.of(
              new ReviewDraft(5, "Diego diagnosed the AC in ten minutes. Cold air again!", true),
              new ReviewDraft(4, "Straightforward quote, no upsell.", true),
              new ReviewDraft(3, "Good work, but nobody called when it was ready.", false),
              new ReviewDraft(5, "Best shop in East Austin.", true),
              new ReviewDraft(4, "Quick tire rotation.", true),
              new ReviewDraft(5, "", true),
              new ReviewDraft(
                  1,
                  "Don't bother, text my cousin at 512-555-0143, he does it cheaper in his"
                      + " driveway.",
                  false)));

  /** The owners' public answers: shop, review (by position) and words. */
  private record Answer(int shop, int review, String text) {}

  private static final List<Answer> ANSWERS =
      List.of(
          new Answer(
              0,
              2,
              "Thank you for waiting with us. A tow-in held the lift that morning; we now text"
                  + " customers as soon as a car runs late."),
          new Answer(
              1,
              3,
              "Merci de nous avoir laissé reprendre l’auto. Nous avons changé la pièce sous"
                  + " garantie et nous restons disponibles si le bruit revient."));

  /** The review someone reported to Otopair's team: shop, review (by position), reason, words. */
  /** Why someone reported a review (the demo's last act at the present time). */
  static final String REPORTED_WORDS = "It advertises another mechanic's phone number.";

  private static final Answer REPORTED = new Answer(2, 6, REPORTED_WORDS);

  private final BookingProvisioning bookings;
  private final JobProvisioning jobs;
  private final ReviewLinks reviews;
  private final UserProvisioning users;
  private final ReviewProvisioning responses;
  private final Clock clock;

  DemoReviews(
      BookingProvisioning bookings,
      JobProvisioning jobs,
      ReviewLinks reviews,
      UserProvisioning users,
      ReviewProvisioning responses,
      Clock clock) {
    this.clock = clock;
    this.bookings = bookings;
    this.jobs = jobs;
    this.reviews = reviews;
    this.users = users;
    this.responses = responses;
  }

  /**
   * Books {@code customerEmails} (from the last, clear of the demo's other bookings) at the live
   * shops from three weeks ahead, completes the jobs and reviews each visit; two owners answer a
   * review and a customer reports one, so admin Reviews has work waiting.
   */
  void load(List<UUID> liveShops, List<String> customerEmails, LocalDate today) {
    var car = new VehicleDetails(null, 2017, "Mazda", "3", null, "R3V 1EW");
    int customer = customerEmails.size() - 1;
    var lead = new Random(2121);
    for (int s = 0; s < liveShops.size() && s < REVIEWS.size(); s++) {
      List<UUID> visits = new ArrayList<>();
      List<ReviewDraft> drafts = REVIEWS.get(s);
      for (int i = 0; i < drafts.size() && customer >= 0; i++) {
        UUID who = users.findByEmail(customerEmails.get(customer--)).orElseThrow();
        // Booked over the last weeks, further ahead than most.
        Instant bookedAt = DemoUpcoming.bookedLately(clock.instant(), DemoUpcoming.LEAD_DAYS, lead);
        for (int day = 0; day < 14; day++) {
          var booked =
              bookings.book(
                  who, liveShops.get(s), 0, today.plusDays(21 + i * 2L + day), car, "", bookedAt);
          if (booked.isPresent()) {
            visits.add(booked.get());
            break;
          }
        }
      }
      jobs.completed(visits);
      List<UUID> posted = new ArrayList<>();
      for (int i = 0; i < visits.size(); i++) {
        Visit visit = Visit.booking(visits.get(i));
        posted.add(reviews.post(visit, reviews.token(visit), drafts.get(i)).id());
      }
      respond(s, posted, customerEmails);
    }
  }

  private void respond(int shop, List<UUID> posted, List<String> customerEmails) {
    List<DemoShops.DemoShop> live = DemoShops.all().stream().filter(d -> d.live()).toList();
    UUID owner = users.findByEmail(live.get(shop).ownerEmail()).orElseThrow();
    for (Answer answer : ANSWERS) {
      if (answer.shop() == shop && answer.review() < posted.size()) {
        responses.answer(owner, posted.get(answer.review()), answer.text());
      }
    }
    if (REPORTED.shop() == shop && REPORTED.review() < posted.size()) {
      UUID reporter = users.findByEmail(customerEmails.get(2)).orElseThrow();
      responses.report(reporter, posted.get(REPORTED.review()), ReportReason.SPAM, REPORTED.text());
    }
  }
}

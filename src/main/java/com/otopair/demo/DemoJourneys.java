package com.otopair.demo;

import com.otopair.crm.EntryPoint;
import com.otopair.crm.InteractionKind;
import com.otopair.crm.Interactions;
import com.otopair.identity.UserProvisioning;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The CRM's story of the demo's customers over the last eight weeks, so its funnel, cohorts and
 * timelines have something to show: the demo's sessions and bookings are provisioned without
 * events, so the CRM's listeners never heard of them. Emma's two past sessions are her real ones;
 * the other customers' journeys are made up, a fixed draw, thinning at each step of the funnel as
 * real ones do, and some customers come back in the weeks after.
 */
@Component
class DemoJourneys {

  /** Where the made-up journeys came in, in turn. */
  private static final List<EntryPoint> ENTRIES =
      List.of(
          EntryPoint.TALK_NOW,
          EntryPoint.SHOP_PAGE,
          EntryPoint.FIND,
          EntryPoint.TALK_NOW,
          EntryPoint.UPSELL,
          EntryPoint.FOLLOW_UP,
          EntryPoint.SHOP_PAGE,
          EntryPoint.PHONE);

  private final Interactions interactions;
  private final UserProvisioning users;
  private final Clock clock;

  DemoJourneys(Interactions interactions, UserProvisioning users, Clock clock) {
    this.interactions = interactions;
    this.users = users;
    this.clock = clock;
  }

  /**
   * Emma at the Plateau: from Talk now to her clicking session, then from the shop's page to her
   * battery session, whose summary she read, an upsell she clicked and a follow-up question.
   */
  void emma(UUID plateau, Instant clickingAt, UUID clicking, Instant batteryAt, UUID battery) {
    UUID emma = users.findByEmail(DemoAccounts.CUSTOMER.email()).orElseThrow();
    start(emma, plateau, EntryPoint.TALK_NOW, clickingAt.minus(Duration.ofMinutes(6)));
    interactions.recordStep(InteractionKind.SESSION, clicking, emma, plateau, clickingAt);
    start(emma, plateau, EntryPoint.SHOP_PAGE, batteryAt.minus(Duration.ofMinutes(4)));
    interactions.recordStep(InteractionKind.SESSION, battery, emma, plateau, batteryAt);
    Instant read = batteryAt.plus(Duration.ofHours(2));
    interactions.recordStep(InteractionKind.SUMMARY_VIEWED, battery, emma, plateau, read);
    upsell(emma, read.plus(Duration.ofMinutes(1)), true);
    interactions.recordStep(
        InteractionKind.FOLLOW_UP,
        UUID.randomUUID(),
        emma,
        plateau,
        batteryAt.plus(Duration.ofHours(14)));
  }

  /** Made-up journeys of the demo's other customers at the live shops. */
  void others(List<UUID> liveShops, List<String> customerEmails) {
    var draw = new Random(2026);
    Instant now = clock.instant();
    for (int i = 0; i < customerEmails.size(); i++) {
      UUID customer = users.findByEmail(customerEmails.get(i)).orElseThrow();
      UUID shop = liveShops.get(i % liveShops.size());
      // Spread over the last eight weeks, mornings to evenings.
      Instant at =
          now.minus(Duration.ofDays(1 + (i * 53L) % 55)).minus(Duration.ofHours(draw.nextInt(10)));
      start(customer, shop, ENTRIES.get(i % ENTRIES.size()), at);
      journey(draw, customer, shop, at);
      // Some come back a week or more later with another question.
      Instant again = at.plus(Duration.ofDays(7L + draw.nextInt(14)));
      if (draw.nextInt(100) < 45 && again.isBefore(now)) {
        start(customer, shop, EntryPoint.FOLLOW_UP, again);
        journey(draw, customer, shop, again);
      }
    }
  }

  /** The steps after an intake, each reached by fewer customers than the one before. */
  private void journey(Random draw, UUID customer, UUID shop, Instant intake) {
    if (draw.nextInt(100) >= 72) {
      return;
    }
    UUID session = UUID.randomUUID();
    Instant joined = intake.plus(Duration.ofMinutes(5 + draw.nextInt(20)));
    interactions.recordStep(InteractionKind.SESSION, session, customer, shop, joined);
    if (draw.nextInt(100) >= 75) {
      return;
    }
    Instant read = joined.plus(Duration.ofHours(1 + draw.nextInt(20)));
    interactions.recordStep(InteractionKind.SUMMARY_VIEWED, session, customer, shop, read);
    if (draw.nextInt(100) >= 80) {
      return;
    }
    boolean clicked = draw.nextInt(100) < 55;
    upsell(customer, read.plus(Duration.ofMinutes(2)), clicked);
    if (!clicked || draw.nextInt(100) >= 70) {
      return;
    }
    Instant converted = read.plus(Duration.ofHours(3 + draw.nextInt(48)));
    if (draw.nextBoolean()) {
      interactions.recordStep(
          InteractionKind.BOOKING, UUID.randomUUID(), customer, shop, converted);
    } else {
      interactions.recordStep(
          InteractionKind.FOLLOW_UP, UUID.randomUUID(), customer, shop, converted);
    }
  }

  private void upsell(UUID customer, Instant shownAt, boolean clicked) {
    UUID card = UUID.randomUUID();
    interactions.record(
        InteractionKind.UPSELL_SHOWN, card, customer, null, EntryPoint.UPSELL, shownAt);
    if (clicked) {
      interactions.record(
          InteractionKind.UPSELL_CLICKED,
          card,
          customer,
          null,
          EntryPoint.UPSELL,
          shownAt.plus(Duration.ofMinutes(1)));
    }
  }

  private void start(UUID customer, UUID shop, EntryPoint entry, Instant at) {
    interactions.record(
        InteractionKind.INTAKE_STARTED, UUID.randomUUID(), customer, shop, entry, at);
  }
}

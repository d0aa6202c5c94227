package com.otopair.demo;

import com.otopair.crm.EntryPoint;
import com.otopair.crm.InteractionKind;
import com.otopair.crm.Interactions;
import com.otopair.identity.UserProvisioning;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The steps of the CRM's journeys that the demo's provisioned records cannot tell through events:
 * Emma's story at the Plateau, and the session, follow-up and upsell steps of {@link
 * DemoLiveHelpHistory}'s real past sessions. Intakes, summaries read, bookings and reviews of the
 * history come from their modules' events, as in real use.
 */
@Component
class DemoJourneys {

  private final Interactions interactions;
  private final UserProvisioning users;

  DemoJourneys(Interactions interactions, UserProvisioning users) {
    this.interactions = interactions;
    this.users = users;
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

  /**
   * A session of the demo's history entered its shop's queue at {@code queuedAt}: the customer's
   * session step. Provisioned sessions publish no {@code SessionRequested} (it would mail the
   * customer and ring the mechanics for a session long over), so this records what the CRM's
   * listener would have, keyed by the real session.
   */
  void session(UUID session, UUID customer, UUID shop, Instant queuedAt) {
    interactions.recordStep(InteractionKind.SESSION, session, customer, shop, queuedAt);
  }

  /** A follow-up question of the demo's history, as the CRM's listener records one. */
  void followUp(UUID question, UUID customer, UUID shop, Instant askedAt) {
    interactions.recordStep(InteractionKind.FOLLOW_UP, question, customer, shop, askedAt);
  }

  /** An upsell card shown to the customer at {@code shownAt}, and clicked a minute later or not. */
  void upsell(UUID customer, Instant shownAt, boolean clicked) {
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

package com.otopair.crm;

import com.otopair.base.CurrentUser;
import com.otopair.base.NotFoundException;
import com.otopair.base.Roles;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in customer's recommendations, and what they do with them: the cards record an offer
 * as shown the first time (and a {@link InteractionKind#UPSELL_SHOWN} interaction once), a click
 * records it clicked (and {@link InteractionKind#UPSELL_CLICKED}) before the card opens its page,
 * both under the entry point the card's link names ({@code from}; {@link EntryPoint#UPSELL}
 * without), and "Not now" dismisses it for good. A customer reaches only their own offers:
 * another's id is not found.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.CUSTOMER + "')")
public class Upsells {

  /** How many recommendations the home tile shows at most. */
  public static final int ON_HOME = 3;

  private final UpsellSources sources;
  private final UpsellLedger ledger;
  private final Interactions interactions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Upsells(
      UpsellSources sources,
      UpsellLedger ledger,
      Interactions interactions,
      ApplicationEventPublisher events,
      Clock clock) {
    this.sources = sources;
    this.ledger = ledger;
    this.interactions = interactions;
    this.events = events;
    this.clock = clock;
  }

  /** Everything the data recommends now, dismissed or not, the most pressing first. */
  @Transactional(readOnly = true)
  public List<Upsell> recommendations() {
    return sources.of(CurrentUser.require().id());
  }

  /** The home's cards: the first {@code limit} recommendations not dismissed nor bought. */
  public List<UpsellOffer> showOnHome(int limit) {
    return show(upsell -> true, limit);
  }

  /**
   * The booking page's card: one recommendation for the booking's vehicle, or else at its shop;
   * empty when the booking is not the customer's or nothing is due there.
   */
  public Optional<UpsellOffer> showForBooking(UUID bookingId) {
    UUID me = CurrentUser.require().id();
    return sources
        .booking(me, bookingId)
        .flatMap(
            booking -> {
              Predicate<Upsell> sameVehicle =
                  u -> booking.vehicleId() != null && booking.vehicleId().equals(u.vehicleId());
              List<UpsellOffer> forVehicle = show(sameVehicle, 1);
              return forVehicle.isEmpty()
                  ? show(u -> u.shopId().equals(booking.shopId()), 1).stream().findFirst()
                  : forVehicle.stream().findFirst();
            });
  }

  /** Whether the customer's offer still shows (not dismissed nor bought, and theirs). */
  @Transactional(readOnly = true)
  public boolean showing(UUID offerId) {
    return ledger
        .state(CurrentUser.require().id(), offerId)
        .filter(UpsellState::showing)
        .isPresent();
  }

  /**
   * Records the click on one of the customer's offers; returns the page it opens. Not found when
   * the offer is not theirs.
   */
  public String click(UUID offerId) {
    UUID me = CurrentUser.require().id();
    UpsellLedger.Owned offer =
        ledger.owned(me, offerId).orElseThrow(() -> new NotFoundException("crm.upsell.not-found"));
    Instant now = clock.instant();
    if (ledger.click(me, offerId, now)) {
      interactions.record(
          InteractionKind.UPSELL_CLICKED,
          offerId,
          me,
          offer.shopId(),
          entryOf(offer.target()),
          now);
      events.publishEvent(new UpsellsChanged(me));
    }
    return offer.target();
  }

  /** "Not now": the offer is not shown again, in any tab. Not found when it is not theirs. */
  public void dismiss(UUID offerId) {
    UUID me = CurrentUser.require().id();
    ledger.owned(me, offerId).orElseThrow(() -> new NotFoundException("crm.upsell.not-found"));
    if (ledger.dismiss(me, offerId, clock.instant())) {
      events.publishEvent(new UpsellsChanged(me));
    }
  }

  /**
   * Where a card's journey comes in: its link says so when it is more precise than "a
   * recommendation" (the repair a session's summary recommended: a follow-up of that session).
   */
  private static EntryPoint entryOf(String target) {
    return EntryPoint.ofLink(target, EntryPoint.UPSELL);
  }

  private List<UpsellOffer> show(Predicate<Upsell> wanted, int limit) {
    UUID me = CurrentUser.require().id();
    Map<String, UpsellState> states = ledger.states(me);
    Instant now = clock.instant();
    List<UpsellOffer> shown = new ArrayList<>();
    for (Upsell upsell : sources.of(me)) {
      if (shown.size() >= limit) {
        break;
      }
      UpsellState known = states.get(UpsellLedger.key(upsell));
      if (!wanted.test(upsell) || (known != null && !known.showing())) {
        continue;
      }
      UpsellOffer offer = ledger.shown(me, upsell, now);
      if (offer.state().showing()) {
        // Once per offer, whatever the reloads and tabs: the interaction's fact is the offer.
        interactions.record(
            InteractionKind.UPSELL_SHOWN,
            offer.id(),
            me,
            upsell.shopId(),
            entryOf(upsell.target()),
            now);
        shown.add(offer);
      }
    }
    return shown;
  }
}

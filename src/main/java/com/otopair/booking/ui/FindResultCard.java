package com.otopair.booking.ui;

import com.otopair.base.Formats;
import com.otopair.base.ui.Badge;
import com.otopair.base.ui.RatingLine;
import com.otopair.booking.ShopSearch;
import com.otopair.scheduling.Slot;
import com.otopair.shops.OfferingMode;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * One shop found: its name (to its page), its rating once someone reviewed it, where it is and what
 * the service costs, its next free slots (each straight to holding it) and a link to all its times;
 * a badge when one of its mechanics is online to talk to now, and then, when the service shown can
 * be done remotely, one sentence and a link that starts it now as a live session.
 */
class FindResultCard extends Div {

  FindResultCard(ShopSearch.Result result, boolean talkNow) {
    var name = new Anchor("shops/" + result.shop().slug(), result.shop().name());
    name.addClassName("otopair-strong");
    var where =
        new Paragraph(
            getTranslation(
                "booking.find.result",
                result.shop().city(),
                result.distanceKm(),
                result.service().name(),
                result.service().price().format()));
    var slots = new Div();
    slots.addClassName("otopair-slot-list");
    if (result.nextSlots().isEmpty()) {
      slots.add(new Paragraph(getTranslation("booking.find.no-slots")));
    }
    for (Slot slot : result.nextSlots()) {
      slots.add(slotLink(result, slot));
    }
    var all =
        new Anchor(
            "book/" + result.shop().slug() + "?service=" + result.service().id(),
            getTranslation("booking.find.all-times"));
    add(name);
    RatingLine.of(result.rating()).ifPresent(this::add);
    if (talkNow) {
      var online = new Badge(getTranslation("booking.find.result.online"), Badge.Tone.SUCCESS);
      online.addClassName("otopair-find-online");
      add(online);
    }
    add(where);
    if (talkNow && result.service().mode() != OfferingMode.IN_SHOP) {
      add(liveNow(result));
    }
    add(slots, all);
    addClassNames("otopair-card", "otopair-find-result");
  }

  /**
   * The service started now with the mechanic online, like the booking page's live card. The intake
   * is a page of the consult module, linked by its address (booking can't import it); "from" says
   * where the journey came in (consult's Intakes.FROM_FIND), for the CRM.
   */
  private Div liveNow(ShopSearch.Result result) {
    var now =
        new Anchor(
            "sessions/new/" + result.shop().slug() + "/" + result.service().id() + "?from=find",
            getTranslation("booking.find.result.live.now"));
    now.addClassName("otopair-button-link");
    var live =
        new Div(
            new Paragraph(getTranslation("booking.find.result.live", result.service().name())),
            now);
    live.addClassName("otopair-find-live");
    return live;
  }

  /** A free slot as a chip, "Tuesday 9:00 AM · $85", that opens its hold page. */
  private static Anchor slotLink(ShopSearch.Result result, Slot slot) {
    var link =
        new Anchor(
            "book/"
                + result.shop().slug()
                + "/hold?service="
                + result.service().id()
                + "&start="
                + slot.start()
                + "&mechanic="
                + slot.mechanicId(),
            Formats.current().weekday(slot.start().atZone(result.zone()).getDayOfWeek())
                + " "
                + SlotLabels.slot(slot, result.zone()));
    link.addClassName("otopair-slot-chip");
    return link;
  }
}

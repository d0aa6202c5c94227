package com.otopair.booking.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;

import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Element;
import tools.jackson.databind.node.JsonNodeFactory;

/** The slot picker's slot buttons, as the browser gets them and as its clicks reach the server. */
final class SlotButtons {

  private SlotButtons() {}

  /** The day's slot buttons as a screen reader names them. */
  static List<String> labels(DaySlots day) {
    return day.slotButtons().stream().map(b -> b.attr("aria-label")).toList();
  }

  /** The {@code index}-th slot button, to click later. */
  static Element get(DaySlots day, int index) {
    return day.slotButtons().get(index);
  }

  /** Clicks the {@code index}-th slot button shown. */
  static void click(DaySlots day, int index) {
    click(day, get(day, index));
  }

  /** Clicks a slot button, as the browser sends it: the button's slot start. */
  static void click(DaySlots day, Element button) {
    _fireDomEvent(
        Objects.requireNonNull(day.slotGroups(), "no slots shown"), // i18n: for developers
        "click",
        JsonNodeFactory.instance
            .objectNode()
            .put(DaySlots.ON_A_SLOT, true)
            .put(DaySlots.CLICKED_START, button.attr("data-start")));
  }
}

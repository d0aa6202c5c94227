package com.otopair.booking.ui;

import com.otopair.booking.ShopSearch;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a search found: how many shops and where, a {@link FindResultCard} for each shown, and a
 * button for more while some are left; before any search, a card that asks where the car is.
 */
class FindResults extends Div {

  FindResults() {
    setId("find-results");
  }

  /** No place to search around yet: asks where the car is. */
  void ask() {
    removeAll();
    var hint =
        new Div(
            new H2(getTranslation("booking.find.ask.title")),
            new Paragraph(getTranslation("booking.find.ask.text")));
    hint.addClassName("otopair-card");
    add(hint);
  }

  /**
   * Shows the search's results.
   *
   * @param first the search's first page, which counts every result
   * @param shown the results shown: the first page's and those of the pages asked for since
   * @param talkNow the shops among them with a mechanic online to talk to now
   * @param more shows one more page; offered while {@code shown} holds fewer than all
   */
  void show(
      ShopSearch.Page first, List<ShopSearch.Result> shown, Set<UUID> talkNow, Runnable more) {
    removeAll();
    var count =
        new H2(
            first.total() == 0
                ? getTranslation("booking.find.none")
                : getTranslation("booking.find.count", first.total(), first.place().city()));
    count.setId("find-count");
    add(count);
    if (first.total() == 0) {
      add(new Paragraph(getTranslation("booking.find.none.hint")));
      return;
    }
    shown.forEach(result -> add(new FindResultCard(result, talkNow.contains(result.shop().id()))));
    if (shown.size() < first.total()) {
      var next = new Button(getTranslation("booking.find.more"), e -> more.run());
      next.setId("find-more");
      add(next);
    }
  }
}

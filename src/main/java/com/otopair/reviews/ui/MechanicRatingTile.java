package com.otopair.reviews.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.LiveUpdates;
import com.otopair.base.ui.DashboardTile;
import com.otopair.base.ui.Tile;
import com.otopair.reviews.PublishedReview;
import com.otopair.reviews.RatedSubject;
import com.otopair.reviews.RatingChanged;
import com.otopair.reviews.ReviewQueries;
import com.otopair.reviews.ReviewSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * On a mechanic's home: their rating (the average of their visible reviews, to one decimal), how
 * many reviews it rests on, and the first words of the latest review that has words. Live on their
 * reviews posted, edited, hidden or restored.
 */
class MechanicRatingTile extends Tile {

  /** How many words of the latest review the tile quotes. */
  static final int WORDS = 12;

  private final ReviewQueries reviews;
  private final UUID me;

  MechanicRatingTile(ReviewQueries reviews, LiveUpdates live, UUID me) {
    super("tile-my-rating", I18n.t("reviews.tile.mine.heading"));
    this.reviews = reviews;
    this.me = me;
    setLink(getTranslation("reviews.tile.mine.open"), "mechanics/" + me);
    refresh();
    live.refreshOn(this, RatingChanged.class, e -> me.equals(e.mechanicId()), this::refresh);
  }

  void refresh() {
    ReviewSummary summary = reviews.summary(RatedSubject.MECHANIC, me);
    if (summary.count() == 0) {
      setFigure(null);
      setContent();
      setNote(getTranslation("reviews.tile.mine.empty"));
      return;
    }
    Formats formats = Formats.current();
    setFigure(formats.rating(summary.average()));
    setNote(
        getTranslation("reviews.tile.mine.note", summary.count(), formats.count(summary.count())));
    Optional<PublishedReview> latest = reviews.latestWordsOfMechanic(me);
    if (latest.isEmpty()) {
      setContent();
      return;
    }
    var quote =
        new Paragraph(
            getTranslation(
                "reviews.tile.mine.quote",
                firstWords(latest.get().text()),
                latest.get().authorName()));
    quote.setId("tile-my-rating-quote");
    quote.addClassName("otopair-tile-quote");
    setContent(quote);
  }

  /** The first {@link #WORDS} words of a text, with "…" when it says more. */
  static String firstWords(String text) {
    String[] words = text.strip().split("\\s+");
    if (words.length <= WORDS) {
      return String.join(" ", words);
    }
    return String.join(" ", Arrays.copyOf(words, WORDS)) + "…"; // i18n: an ellipsis
  }

  /** Contributes the tile to the mechanic's board, last. */
  @org.springframework.stereotype.Component
  static class Contribution implements DashboardTile {

    private final ReviewQueries reviews;
    private final LiveUpdates live;

    Contribution(ReviewQueries reviews, LiveUpdates live) {
      this.reviews = reviews;
      this.live = live;
    }

    @Override
    public int order() {
      return 40;
    }

    @Override
    public Optional<Component> tileFor(Board board) {
      if (board != Board.MECHANIC) {
        return Optional.empty();
      }
      return CurrentUser.get().map(user -> new MechanicRatingTile(reviews, live, user.id()));
    }
  }
}

package com.otopair.base.ui;

import com.otopair.base.Formats;
import com.otopair.base.Reputation;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;

/**
 * A shop's or a mechanic's rating in one line: five stars filled to the nearest whole, the average
 * to one decimal and how many reviews, "★★★★★ 4.8 (200)". A screen reader hears one sentence
 * ("Rated 4.8 out of 5 from 200 reviews") instead of the stars. Nobody rated yet: no line at all
 * ({@link #of}), since every shop existed before reviews did and "new" would not be true of most.
 */
public class RatingLine extends Span {

  private static final String FULL = "★";
  private static final String EMPTY = "☆";

  public RatingLine(Reputation.Rating rating) {
    String average = Formats.current().rating(rating.average());
    int full = (int) Math.round(rating.average());
    var stars = new Span(FULL.repeat(full) + EMPTY.repeat(5 - full));
    stars.addClassName("otopair-rating-stars");
    stars.getElement().setAttribute("aria-hidden", "true");
    var text = new Span(getTranslation("base.rating.short", average, rating.count()));
    text.getElement().setAttribute("aria-hidden", "true");
    add(stars, text);
    getElement().setAttribute("role", "img");
    getElement()
        .setAttribute("aria-label", getTranslation("base.rating.spoken", average, rating.count()));
    addClassName("otopair-rating");
  }

  /** The line for a rated subject; nothing for one nobody reviewed yet. */
  public static Optional<RatingLine> of(Reputation.Rating rating) {
    return rating.rated() ? Optional.of(new RatingLine(rating)) : Optional.empty();
  }
}

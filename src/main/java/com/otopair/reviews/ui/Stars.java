package com.otopair.reviews.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** Stars as people read them at a glance: "★★★★☆", with the number said to screen readers. */
final class Stars {

  private Stars() {}

  static Component of(int stars) {
    var shown = new Span("★".repeat(stars) + "☆".repeat(5 - stars)); // i18n: star glyphs
    shown.addClassName("otopair-stars");
    shown.getElement().setAttribute("role", "img");
    shown.getElement().setAttribute("aria-label", shown.getTranslation("reviews.stars", stars));
    return shown;
  }
}

package com.otopair.reviews.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.reviews.Reviews;
import com.otopair.reviews.Visit;
import com.otopair.reviews.VisitReview;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/**
 * "Review this visit" on the customer's own completed booking or ended session: one sentence and
 * the link to its review page ("See your review" once posted).
 */
class ReviewVisitCard extends Div {

  /** The card for the signed-in customer's own visit once it is done (or reviewed); else none. */
  static Optional<Component> of(Reviews reviews, Visit visit) {
    try {
      VisitReview open = reviews.open(visit);
      if (!open.reviewable() && open.review() == null) {
        return Optional.empty();
      }
      return Optional.of(new ReviewVisitCard(open, reviews.link(visit)));
    } catch (InvalidRequestException notTheirs) {
      return Optional.empty();
    }
  }

  ReviewVisitCard(VisitReview visit, String link) {
    addClassName("otopair-card");
    setId("review-this-visit");
    boolean posted = visit.review() != null;
    var go =
        new Anchor(
            link, getTranslation(posted ? "reviews.visit-card.see" : "reviews.visit-card.review"));
    go.addClassName(posted ? "otopair-button-link-tertiary" : "otopair-button-link");
    go.setId("review-this-visit-link");
    add(
        new H2(getTranslation("reviews.visit-card.title")),
        new Paragraph(
            getTranslation(
                posted ? "reviews.visit-card.posted" : "reviews.visit-card.text",
                visit.shopName())),
        go);
  }
}

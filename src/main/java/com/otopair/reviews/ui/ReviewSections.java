package com.otopair.reviews.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.ui.PageSection;
import com.otopair.reviews.RatedSubject;
import com.otopair.reviews.ReviewQueries;
import com.otopair.reviews.Reviews;
import com.otopair.reviews.Visit;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The reviews on the public shop and mechanic pages, and "Review this visit" on the customer's
 * ended live session.
 */
@org.springframework.stereotype.Component
class ReviewSections implements PageSection {

  private final ReviewQueries queries;
  private final Reviews reviews;
  private final ObjectProvider<ReviewCardActions> actions;

  ReviewSections(
      ReviewQueries queries, Reviews reviews, ObjectProvider<ReviewCardActions> actions) {
    this.queries = queries;
    this.reviews = reviews;
    this.actions = actions;
  }

  @Override
  public Optional<Component> sectionFor(Page page, UUID id) {
    return switch (page) {
      case SHOP -> Optional.of(list(RatedSubject.SHOP, id));
      case MECHANIC -> Optional.of(list(RatedSubject.MECHANIC, id));
      case SESSION -> reviewThisVisit(Visit.session(id));
    };
  }

  private Component list(RatedSubject subject, UUID id) {
    return new ReviewList(queries, subject, id, actions.orderedStream().toList());
  }

  /** The card, for the session's own customer once it ended with a mechanic (or is reviewed). */
  private Optional<Component> reviewThisVisit(Visit visit) {
    return CurrentUser.get().isEmpty() ? Optional.empty() : ReviewVisitCard.of(reviews, visit);
  }
}

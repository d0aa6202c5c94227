package com.otopair.reviews.ui;

import com.otopair.base.Formats;
import com.otopair.reviews.PublishedReview;
import com.otopair.reviews.RatedSubject;
import com.otopair.reviews.ReviewPage;
import com.otopair.reviews.ReviewQueries;
import com.otopair.reviews.ReviewSort;
import com.otopair.reviews.ReviewSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.UUID;

/**
 * A shop's or a mechanic's reviews on their public page: the average, the count and how many gave
 * each number of stars, then the reviews newest or most helpful first, ten at a time with "Show
 * more". Nobody reviewed yet: one sentence.
 */
public class ReviewList extends Div {

  final Select<ReviewSort> sort = new Select<>();
  final Div reviews = new Div();
  final Button more = new Button();

  private final ReviewQueries queries;
  private final RatedSubject subject;
  private final UUID id;
  private final List<ReviewCardActions> actions;
  private int page;

  public ReviewList(
      ReviewQueries queries, RatedSubject subject, UUID id, List<ReviewCardActions> actions) {
    this.queries = queries;
    this.subject = subject;
    this.id = id;
    this.actions = List.copyOf(actions);
    addClassNames("otopair-shop-section", "otopair-reviews");
    setId("reviews");
    add(new H2(getTranslation("reviews.list.title")));
    ReviewSummary summary = queries.summary(subject, id);
    if (summary.count() == 0) {
      var empty =
          new Div(
              new Paragraph(
                  getTranslation(
                      subject == RatedSubject.SHOP
                          ? "reviews.list.empty.shop"
                          : "reviews.list.empty.mechanic")));
      empty.addClassName("otopair-card");
      empty.setId("reviews-empty");
      add(empty);
      return;
    }
    add(summary(summary));
    sort.setLabel(getTranslation("reviews.list.sort"));
    sort.setItems(ReviewSort.values());
    sort.setItemLabelGenerator(ReviewSort::label);
    sort.setValue(ReviewSort.NEWEST);
    sort.setId("reviews-sort");
    sort.addValueChangeListener(e -> restart());
    reviews.addClassName("otopair-review-cards");
    more.setText(getTranslation("reviews.list.more"));
    more.setId("reviews-more");
    more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    more.addClickListener(e -> next());
    add(sort, reviews, more);
    restart();
  }

  /** The average, the count, and five bars: how many gave 5 stars, 4, ... 1. */
  private Div summary(ReviewSummary summary) {
    Formats formats = Formats.current();
    var average = new Span(formats.rating(summary.average()));
    average.addClassName("otopair-review-average");
    average.setId("reviews-average");
    var count = new Span(getTranslation("reviews.list.count", summary.count()));
    count.addClassName("otopair-muted");
    count.setId("reviews-count");
    var headline = new Div(average, Stars.of((int) Math.round(summary.average())), count);
    headline.addClassName("otopair-review-headline");
    var bars = new Div();
    bars.addClassName("otopair-review-bars");
    bars.setId("reviews-distribution");
    for (int stars = 5; stars >= 1; stars--) {
      int n = summary.withStars(stars);
      String share = formats.percent(n, summary.count());
      var fill = new Div();
      fill.addClassName("otopair-review-bar-fill");
      fill.getStyle().setWidth(n * 100 / summary.count() + "%"); // i18n: a CSS width
      var bar = new Div(fill);
      bar.addClassName("otopair-review-bar");
      var row =
          new Div(
              new Span(getTranslation("reviews.list.bar.stars", stars)),
              bar,
              new Span(getTranslation("reviews.list.bar.count", n, share)));
      row.addClassName("otopair-review-bar-row");
      row.getElement().setAttribute("data-stars", String.valueOf(stars));
      bars.add(row);
    }
    var card = new Div(headline, bars);
    card.addClassNames("otopair-card", "otopair-review-summary");
    return card;
  }

  private void restart() {
    reviews.removeAll();
    page = 0;
    show(queries.page(subject, id, sort.getValue(), 0));
  }

  private void next() {
    page++;
    show(queries.page(subject, id, sort.getValue(), page));
  }

  private void show(ReviewPage found) {
    for (PublishedReview review : found.reviews()) {
      var card = new ReviewCard(review);
      actions.forEach(each -> each.actionsFor(review).ifPresent(card::addActions));
      reviews.add(card);
    }
    more.setVisible(found.more());
  }
}

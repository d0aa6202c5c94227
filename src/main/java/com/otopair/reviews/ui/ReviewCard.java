package com.otopair.reviews.ui;

import com.otopair.base.Formats;
import com.otopair.base.ui.Badge;
import com.otopair.reviews.PublishedReview;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * One published review: its stars, its author as "Verified customer", the service and the month of
 * the visit, the words, whether they recommend the shop, "Edited", and the shop's reply. Actions
 * (helpful, report, reply) go below it through {@link #addActions}.
 */
public class ReviewCard extends Div {

  private final Div actions = new Div();
  private final String shopName;
  private @Nullable Paragraph replyText;

  public ReviewCard(PublishedReview review) {
    this.shopName = review.shopName();
    addClassNames("otopair-review", "otopair-card");
    setId("review-" + review.id());
    Formats formats = Formats.current();
    var author = new Span(review.authorName());
    author.addClassName("otopair-review-author");
    var verified = new Badge(getTranslation("reviews.card.verified"), Badge.Tone.SUCCESS);
    var head = new Div(Stars.of(review.stars()), author, verified);
    head.addClassName("otopair-review-head");
    add(head);
    var about =
        new Paragraph(
            getTranslation(
                "reviews.card.visit", review.serviceName(), formats.month(review.visitMonth())));
    about.addClassName("otopair-muted");
    add(about);
    if (!review.text().isBlank()) {
      var words = new Paragraph(review.text());
      words.addClassName("otopair-review-text");
      add(words);
    }
    var marks = new Div();
    marks.addClassName("otopair-review-marks");
    if (review.recommend()) {
      var recommends = new Span(getTranslation("reviews.card.recommends"));
      recommends.addClassName("otopair-review-recommends");
      marks.add(recommends);
    }
    if (review.edited()) {
      var edited = new Span(getTranslation("reviews.card.edited"));
      edited.addClassName("otopair-muted");
      marks.add(edited);
    }
    if (marks.getComponentCount() > 0) {
      add(marks);
    }
    actions.addClassName("otopair-review-actions");
    actions.setVisible(false);
    add(actions);
    if (review.reply() != null) {
      showReply(review.reply());
    }
  }

  /** Shows the shop's answer above the actions, first or edited (the owner's inline editor). */
  void showReply(String text) {
    if (replyText == null) {
      replyText = new Paragraph();
      var reply = new Div(new Span(getTranslation("reviews.card.reply-from", shopName)), replyText);
      reply.addClassName("otopair-review-reply");
      addComponentAtIndex(indexOf(actions), reply);
    }
    replyText.setText(text);
  }

  /** Puts {@code action} below the review (helpful, report, the owner's reply). */
  public void addActions(Component action) {
    actions.add(action);
    actions.setVisible(true);
  }
}

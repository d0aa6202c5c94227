package com.otopair.reviews.ui;

import com.otopair.base.Formats;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Brand;
import com.otopair.base.ui.Feedback;
import com.otopair.reviews.OwnReview;
import com.otopair.reviews.ReviewLinks;
import com.otopair.reviews.Visit;
import com.otopair.reviews.VisitReview;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.UUID;

/**
 * A visit's review page, opened from the signed link of the review-request mail without signing in:
 * the visit (shop, service, date) and the form; after posting, thanks and the way to the shop's
 * page where the review shows. Opened again, it shows the review, which its author may change for
 * 30 days. A link that was tampered with is not found.
 */
@Route(value = "review/:kind/:id", autoLayout = false)
@AnonymousAllowed
class ReviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

  final Div content = new Div();

  private final ReviewLinks links;
  private Visit visit = Visit.booking(new UUID(0, 0));
  private String token = "";

  ReviewView(ReviewLinks links) {
    this.links = links;
    addClassNames("otopair-public-shop", "otopair-book", "otopair-review-page");
    content.addClassName("otopair-review-content");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
    var kind = Visit.Kind.ofSegment(event.getRouteParameters().get("kind").orElse(""));
    try {
      if (kind == null) {
        throw new IllegalArgumentException("unknown kind");
      }
      visit = new Visit(kind, UUID.fromString(event.getRouteParameters().get("id").orElse("")));
      VisitReview open = links.open(visit, token);
      removeAll();
      add(Brand.header(), content);
      show(open, false);
    } catch (IllegalArgumentException | InvalidRequestException broken) {
      event.rerouteToError(NotFoundException.class);
    }
  }

  /** The browser tab's title, in the page's language (this page has no layout to set it). */
  @Override
  public String getPageTitle() {
    return getTranslation("reviews.page.title");
  }

  private void show(VisitReview open, boolean justPosted) {
    content.removeAll();
    var title = new H1(getTranslation("reviews.page.title"));
    var about =
        new Paragraph(
            getTranslation(
                "reviews.page.visit",
                open.shopName(),
                open.serviceName(),
                Formats.current().day(open.servedAt(), open.zone())));
    about.addClassName("otopair-lead");
    about.setId("review-visit");
    var head = new Div(title, about);
    head.addClassName("otopair-review-page-head");
    content.add(head);
    OwnReview review = open.review();
    if (review == null && !open.reviewable()) {
      content.add(card("review-not-done", new Paragraph(getTranslation("reviews.page.not-done"))));
      return;
    }
    if (review == null) {
      content.add(
          new ReviewForm(
              null,
              draft -> links.post(visit, token, draft),
              posted -> show(links.open(visit, token), true),
              () -> show(links.open(visit, token), false)));
      return;
    }
    if (justPosted) {
      // The card thanks them; a notification repeating it covered the page on a phone.
      var page =
          new Anchor(
              "shops/" + open.shopSlug(),
              getTranslation("reviews.page.see-on-shop", open.shopName()));
      page.addClassName("otopair-button-link");
      page.setId("review-shop-page");
      content.add(
          card(
              "review-thanks",
              new H2(getTranslation("reviews.page.thanks")),
              new Paragraph(getTranslation("reviews.page.thanks.text")),
              page));
    }
    content.add(yours(open, review));
  }

  /** The posted review, with "Edit" while its author may still change it. */
  private Div yours(VisitReview open, OwnReview review) {
    var words = new Div(Stars.of(review.stars()));
    if (!review.text().isBlank()) {
      var text = new Paragraph(review.text());
      text.addClassName("otopair-review-text");
      words.add(text);
    }
    words.add(
        new Span(
            getTranslation(
                review.recommend() ? "reviews.page.recommends" : "reviews.page.not-recommends")));
    var yours = card("review-yours", new H2(getTranslation("reviews.page.yours")), words);
    if (review.hiddenReason() != null) {
      yours.add(new Paragraph(getTranslation("reviews.page.hidden", review.hiddenReason())));
    }
    Formats formats = Formats.current();
    if (review.editable()) {
      var until =
          new Paragraph(
              getTranslation(
                  "reviews.page.editable-until",
                  formats.date(review.editableUntil(), open.zone())));
      until.addClassName("otopair-muted");
      var edit = new Button(getTranslation("reviews.page.edit"));
      edit.setId("review-edit");
      edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      edit.addClickListener(
          e -> {
            content.remove(yours);
            content.add(
                new ReviewForm(
                    review,
                    draft -> links.edit(visit, token, draft),
                    changed -> {
                      Feedback.success(getTranslation("reviews.page.changed"));
                      show(links.open(visit, token), false);
                    },
                    () -> show(links.open(visit, token), false)));
          });
      yours.add(until, edit);
    } else {
      var locked = new Paragraph(getTranslation("reviews.page.locked"));
      locked.setId("review-locked");
      yours.add(locked);
    }
    return yours;
  }

  private static Div card(String id, com.vaadin.flow.component.Component... parts) {
    var card = new Div(parts);
    card.addClassName("otopair-card");
    card.setId(id);
    return card;
  }
}

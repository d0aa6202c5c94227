package com.otopair.reviews.ui;

import com.otopair.base.ConflictException;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.Forms;
import com.otopair.reviews.OwnReview;
import com.otopair.reviews.ReviewDraft;
import com.otopair.reviews.ReviewRules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The review form: stars (required), words (optional, up to 2,000 characters) and "would you
 * recommend" (required). Every invalid field is marked at once; a refusal of the service shows next
 * to its field. A review someone else posted first for the visit (a second tab) is a conflict: the
 * page then shows that review.
 */
class ReviewForm extends Div {

  /** What the form holds while it is being filled in. */
  static final class Values {
    private @Nullable Integer stars;
    private String text = "";
    private @Nullable Boolean recommend;

    @Nullable Integer getStars() {
      return stars;
    }

    void setStars(@Nullable Integer stars) {
      this.stars = stars;
    }

    String getText() {
      return text;
    }

    void setText(@Nullable String text) {
      this.text = text == null ? "" : text;
    }

    @Nullable Boolean getRecommend() {
      return recommend;
    }

    void setRecommend(@Nullable Boolean recommend) {
      this.recommend = recommend;
    }
  }

  final RadioButtonGroup<Integer> stars = new RadioButtonGroup<>();
  final TextArea text = new TextArea();
  final RadioButtonGroup<Boolean> recommend = new RadioButtonGroup<>();
  final Button save = new Button();

  private final Binder<Values> binder = new Binder<>();
  private final Function<ReviewDraft, OwnReview> submit;
  private final Consumer<OwnReview> saved;
  private final Runnable conflict;

  /**
   * A form for a new review ({@code current} null) or a change of {@code current}; {@code submit}
   * posts or edits, then {@code saved} follows, or {@code conflict} when the visit was reviewed
   * meanwhile.
   */
  ReviewForm(
      @Nullable OwnReview current,
      Function<ReviewDraft, OwnReview> submit,
      Consumer<OwnReview> saved,
      Runnable conflict) {
    this.submit = submit;
    this.saved = saved;
    this.conflict = conflict;
    addClassNames("otopair-card", "otopair-review-form");
    setId("review-form");

    stars.setLabel(getTranslation("reviews.form.stars"));
    stars.setItems(List.of(5, 4, 3, 2, 1));
    stars.setItemLabelGenerator(n -> getTranslation("reviews.form.stars.option", n));
    stars.setRequiredIndicatorVisible(true);
    stars.setId("review-stars");
    stars.addClassName("otopair-review-star-picker");

    text.setLabel(getTranslation("reviews.form.text"));
    text.setHelperText(getTranslation("reviews.form.text.helper", ReviewRules.maxText()));
    text.setValueChangeMode(ValueChangeMode.LAZY);
    text.setWidthFull();
    text.setMinHeight("8em"); // i18n: a CSS height
    text.setId("review-text");

    recommend.setLabel(getTranslation("reviews.form.recommend"));
    recommend.setItems(true, false);
    recommend.setItemLabelGenerator(
        yes -> getTranslation(yes ? "reviews.form.recommend.yes" : "reviews.form.recommend.no"));
    recommend.setRequiredIndicatorVisible(true);
    recommend.setId("review-recommend");

    binder
        .forField(stars)
        .withValidator(Forms.rule(ReviewRules::stars))
        .bind(Values::getStars, Values::setStars);
    binder
        .forField(text)
        .withValidator(Forms.rule(ReviewRules::text))
        .bind(Values::getText, Values::setText);
    binder
        .forField(recommend)
        .withValidator(Forms.rule(ReviewRules::recommend))
        .bind(Values::getRecommend, Values::setRecommend);
    var values = new Values();
    if (current != null) {
      values.setStars(current.stars());
      values.setText(current.text());
      values.setRecommend(current.recommend());
    }
    binder.setBean(values);

    save.setText(
        getTranslation(current == null ? "reviews.form.post" : "reviews.form.save-changes"));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setId("review-save");
    save.addClickListener(e -> save());
    add(stars, text, recommend, save);
  }

  private void save() {
    if (!Forms.validate(binder)) {
      return;
    }
    Values values = binder.getBean();
    try {
      saved.accept(
          submit.apply(
              new ReviewDraft(values.getStars(), values.getText(), values.getRecommend())));
    } catch (ConflictException reviewedMeanwhile) {
      Feedback.error(reviewedMeanwhile.getMessage());
      conflict.run();
    } catch (InvalidRequestException refused) {
      Feedback.show(refused, Map.of("stars", stars, "text", text, "recommend", recommend));
    }
  }
}

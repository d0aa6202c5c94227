package com.otopair.reviews.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Feedback;
import com.otopair.reviews.ReviewFeedback;
import com.otopair.reviews.ReviewReplies;
import com.otopair.reviews.ReviewStandings.Standing;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the reader can do with one review card: "Helpful (n)" on and off (signed-in people other
 * than its author; a visitor gets a sign-in link), "Report" (a dialog), and for its shop's owner
 * "Reply" or "Edit reply" (an inline editor). It shows the shop's answer, and to its author and the
 * shop a hidden review's reason instead of the actions. Build it with {@link ReviewActionsFactory},
 * or from a {@link Standing} read for a page of cards.
 */
public class ReviewActions extends Div {

  final Paragraph reply = new Paragraph();
  final Div bar = new Div();
  @Nullable Button helpful;
  @Nullable Button report;
  @Nullable Button answer;
  @Nullable Div editor;

  private final ReviewFeedback feedback;
  private final ReviewReplies replies;
  private Standing standing;
  private boolean showsReply;

  /** Actions that show the shop's answer too (for a place that shows the review without it). */
  public ReviewActions(Standing standing, ReviewFeedback feedback, ReviewReplies replies) {
    this(standing, feedback, replies, true);
  }

  /**
   * Actions below a card that shows the shop's answer itself ({@code showsReply} false): they show
   * it only once the owner changes it here.
   */
  public ReviewActions(
      Standing standing, ReviewFeedback feedback, ReviewReplies replies, boolean showsReply) {
    this.showsReply = showsReply;
    this.standing = standing;
    this.feedback = feedback;
    this.replies = replies;
    addClassName("otopair-review-actions");
    reply.addClassName("otopair-review-reply");
    bar.addClassName("otopair-actions");
    add(reply, bar);
    render();
  }

  private void render() {
    showReply(standing.reply());
    bar.removeAll();
    helpful = null;
    report = null;
    answer = null;
    if (standing.hiddenReason() != null) {
      var hidden = new Paragraph(getTranslation("reviews.actions.hidden", standing.hiddenReason()));
      hidden.addClassName("otopair-review-hidden");
      bar.add(hidden);
      return;
    }
    if (!standing.signedIn()) {
      bar.add(
          new Anchor(
              "login", getTranslation("reviews.actions.helpful.sign-in", standing.helpfulCount())));
      return;
    }
    helpful = new Button(getTranslation("reviews.actions.helpful", standing.helpfulCount()));
    helpful.addThemeVariants(ButtonVariant.LUMO_SMALL);
    helpful.getElement().setAttribute("aria-pressed", String.valueOf(standing.markedHelpful()));
    if (standing.markedHelpful()) {
      helpful.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    } else {
      helpful.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    }
    if (standing.mayMarkHelpful()) {
      helpful.addClickListener(e -> toggleHelpful());
    } else {
      helpful.setEnabled(false);
      helpful.setTooltipText(getTranslation("reviews.helpful.own"));
    }
    bar.add(helpful);
    if (standing.mayReport()) {
      report = new Button(getTranslation("reviews.actions.report"));
      report.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
      report.addClickListener(e -> new ReportDialog(feedback, standing.reviewId()).open());
      bar.add(report);
    }
    if (standing.mayAnswer()) {
      answer =
          new Button(
              getTranslation(
                  standing.reply() == null
                      ? "reviews.actions.reply"
                      : "reviews.actions.edit-reply"));
      answer.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
      answer.addClickListener(e -> openEditor());
      bar.add(answer);
    }
  }

  private void showReply(@Nullable String text) {
    reply.setText(text == null ? "" : getTranslation("reviews.actions.shop-answer", text));
    reply.setVisible(showsReply && text != null);
  }

  private void toggleHelpful() {
    boolean marked = standing.markedHelpful();
    try {
      boolean changed =
          marked
              ? feedback.unmarkHelpful(standing.reviewId())
              : feedback.markHelpful(standing.reviewId());
      int count = standing.helpfulCount() + (changed ? (marked ? -1 : 1) : 0);
      standing = with(count, !marked, standing.reply());
    } catch (InvalidRequestException refused) {
      Feedback.error(refused.getMessage());
    }
    render();
  }

  private void openEditor() {
    if (editor != null) {
      return;
    }
    var text = new TextArea(getTranslation("reviews.actions.reply.label"));
    text.setMaxLength(ReviewReplies.MAX_REPLY);
    text.setRequired(true);
    text.setWidthFull();
    text.setValue(standing.reply() == null ? "" : standing.reply());
    text.setHelperText(getTranslation("reviews.actions.reply.helper"));
    var save = new Button(getTranslation("reviews.actions.reply.save"));
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
    var cancel = new Button(getTranslation("reviews.actions.reply.cancel"));
    cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    var buttons = new Div(save, cancel);
    buttons.addClassName("otopair-actions");
    var form = new Div(text, buttons);
    form.addClassName("otopair-review-reply-editor");
    editor = form;
    save.addClickListener(
        e -> {
          text.setInvalid(false);
          try {
            replies.answer(standing.reviewId(), text.getValue());
            standing =
                with(standing.helpfulCount(), standing.markedHelpful(), text.getValue().strip());
            closeEditor();
            // On a review's card the card shows the answer (once); alone, these actions do.
            var card = findAncestor(ReviewCard.class);
            if (card != null) {
              card.showReply(text.getValue().strip());
            } else {
              showsReply = true;
            }
            Feedback.success(getTranslation("reviews.actions.reply.done"));
            render();
          } catch (InvalidRequestException refused) {
            Feedback.show(refused, Map.of("reply", text));
          }
        });
    cancel.addClickListener(e -> closeEditor());
    addComponentAtIndex(1, form);
    text.focus();
  }

  private void closeEditor() {
    if (editor != null) {
      remove(editor);
      editor = null;
    }
  }

  /** The open inline editor's text area, for tests. */
  @Nullable TextArea editorText() {
    return editor == null ? null : (TextArea) editor.getComponentAt(0);
  }

  private Standing with(int count, boolean marked, @Nullable String replyText) {
    return new Standing(
        standing.reviewId(),
        standing.shopId(),
        count,
        standing.signedIn(),
        standing.author(),
        marked,
        standing.owner(),
        replyText,
        standing.hiddenReason());
  }
}

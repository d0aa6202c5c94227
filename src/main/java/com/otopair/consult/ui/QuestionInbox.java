package com.otopair.consult.ui;

import com.otopair.base.Formats;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Badge;
import com.otopair.base.ui.Feedback;
import com.otopair.consult.FollowUpAnswers;
import com.otopair.consult.SessionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;

/**
 * The quick questions a mechanic may answer now, on their dashboard: their own sessions' first
 * (theirs alone for 24 hours), then their shops'. Each card shows the question with the session's
 * vehicle and problem, links to the session, and takes the answer.
 */
class QuestionInbox extends Div {

  private final FollowUpAnswers answers;

  QuestionInbox(FollowUpAnswers answers) {
    this.answers = answers;
    setId("follow-up-inbox");
    addClassName("otopair-session-list");
  }

  /** Reads the questions again. */
  void refresh() {
    removeAll();
    List<FollowUpAnswers.OpenQuestion> open = answers.inbox();
    open.forEach(q -> add(new AnswerCard(q)));
    if (open.isEmpty()) {
      var empty = new Paragraph(getTranslation("consult.follow-up.inbox.empty"));
      empty.addClassName("otopair-empty");
      add(empty);
    }
  }

  /** One question, and the answer the mechanic writes to it. */
  final class AnswerCard extends Div {

    final TextArea answer = new TextArea();
    final Button send = new Button();

    AnswerCard(FollowUpAnswers.OpenQuestion open) {
      SessionSummary s = open.session();
      addClassName("otopair-card");
      addClassName("otopair-session-card");
      addClassName("otopair-answer-card");
      getElement().setAttribute("data-question", open.question().id().toString());
      var problem = new Paragraph(s.problem());
      problem.addClassName("otopair-clamp");
      var asked = new Paragraph(getTranslation("consult.follow-up.asked-by", s.customerName()));
      asked.addClassName("otopair-muted");
      var question = new Paragraph(open.question().question());
      question.addClassName("otopair-preserve-lines");
      var reserved =
          open.yoursAlone()
              ? new Badge(
                  getTranslation(
                      "consult.follow-up.inbox.yours-alone",
                      Formats.current().when(open.reservedUntil(), s.zone())),
                  Badge.Tone.WARNING)
              : new Badge(getTranslation("consult.follow-up.inbox.shop"), Badge.Tone.NEUTRAL);
      var link =
          new RouterLink(
              getTranslation("consult.follow-up.inbox.open-session"),
              SessionView.class,
              new RouteParameters("id", s.id().toString()));
      answer.setLabel(getTranslation("consult.follow-up.inbox.answer"));
      answer.setMaxLength(FollowUpAnswers.MAX_ANSWER);
      answer.setRequiredIndicatorVisible(true);
      answer.setWidthFull();
      send.setText(getTranslation("consult.follow-up.inbox.send"));
      send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      send.addClickListener(
          e -> {
            answer.setInvalid(false);
            try {
              answers.answer(open.question().id(), answer.getValue());
              Feedback.success(getTranslation("consult.follow-up.inbox.sent", s.customerName()));
              refresh();
            } catch (InvalidRequestException refused) {
              Feedback.show(refused, Map.of("answer", answer));
              if (refused.field() == null) {
                refresh();
              }
            }
          });
      add(new H3(s.vehicle()), problem, asked, question, reserved, link, answer, send);
    }
  }
}

package com.otopair.consult.ui;

import com.otopair.base.Formats;
import com.otopair.consult.FollowUps;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.SessionStatus;
import com.otopair.consult.SessionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A session's follow-ups on its page: the session a follow-up follows (linked), and on a completed
 * session its quick questions with their answers, its live follow-ups (linked) and, for its
 * customer, how long quick questions stay free and the button that asks one.
 */
class FollowUpCard extends Div {

  final Div parent = new Div();
  final Paragraph countdown = new Paragraph();
  final Div questions = new Div();
  final Div sessions = new Div();
  final Button ask = new Button();

  private final FollowUps followUps;
  private final LiveSessions live;
  private final Clock clock;
  private final H3 heading = new H3();
  private Optional<FollowUps.Options> options = Optional.empty();
  private String mechanic = "";
  private @Nullable SessionSummary session;
  private boolean customer;

  FollowUpCard(FollowUps followUps, LiveSessions live, Clock clock) {
    this.followUps = followUps;
    this.live = live;
    this.clock = clock;
    addClassName("otopair-card");
    addClassName("otopair-follow-up-card");
    setId("follow-ups");
    heading.setText(getTranslation("consult.follow-up.heading"));
    parent.setId("follow-up-parent");
    countdown.setId("follow-up-countdown");
    countdown.addClassName("otopair-muted");
    questions.setId("follow-up-questions");
    sessions.setId("follow-up-sessions");
    ask.setText(getTranslation("consult.follow-up.ask"));
    ask.setId("ask-follow-up");
    ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    ask.addClickListener(
        e ->
            options.ifPresent(
                o -> new FollowUpDialog(followUps, live, o, mechanic, this::refresh).open()));
    add(parent, heading, countdown, questions, sessions, ask);
    setVisible(false);
  }

  /** Shows the session's follow-ups as they are now; hidden when it has none to show. */
  void show(SessionSummary s, boolean customer) {
    this.session = s;
    this.customer = customer;
    refresh();
  }

  void refresh() {
    SessionSummary s = session;
    if (s == null) {
      return;
    }
    parent.removeAll();
    followUps
        .parentOf(s.id())
        .ifPresent(
            link ->
                parent.add(
                    new RouterLink(
                        getTranslation(
                            "consult.follow-up.parent",
                            Formats.current().day(link.requestedAt(), link.zone()),
                            link.serviceName()),
                        SessionView.class,
                        new RouteParameters("id", link.sessionId().toString()))));
    boolean completed = s.status() == SessionStatus.ENDED && s.mechanicId() != null;
    heading.setVisible(completed);
    questions.removeAll();
    sessions.removeAll();
    options = customer && completed ? followUps.options(s.id()) : Optional.empty();
    mechanic = Objects.requireNonNullElse(s.mechanicName(), s.shopName());
    if (completed) {
      followUps.questions(s.id()).forEach(q -> questions.add(question(q, s)));
      followUps.followUpsOf(s.id()).forEach(link -> sessions.add(new Paragraph(sessionLink(link))));
    }
    countdown.setVisible(options.isPresent());
    options.ifPresent(o -> countdown.setText(countdown(o)));
    ask.setVisible(options.isPresent());
    setVisible(parent.getComponentCount() > 0 || completed);
  }

  private String countdown(FollowUps.Options o) {
    if (!o.questionFree()) {
      return getTranslation("consult.follow-up.window-over");
    }
    Duration left = Duration.between(clock.instant(), o.freeUntil());
    return left.toDays() > 0
        ? getTranslation("consult.follow-up.free-for.days", left.toDays(), left.toHoursPart())
        : getTranslation("consult.follow-up.free-for.hours", left.toHours(), left.toMinutesPart());
  }

  private Div question(FollowUps.Question q, SessionSummary s) {
    var card = new Div();
    card.addClassName("otopair-follow-up-question");
    card.getElement().setAttribute("data-question", q.id().toString());
    var asked =
        new Paragraph(
            customer
                ? getTranslation("consult.follow-up.your-question")
                : getTranslation("consult.follow-up.asked-by", s.customerName()));
    asked.addClassName("otopair-muted");
    var text = new Paragraph(q.question());
    text.addClassName("otopair-preserve-lines");
    card.add(asked, text);
    if (q.answered()) {
      var from =
          new Paragraph(
              getTranslation(
                  "consult.follow-up.answer-from", Objects.requireNonNull(q.answeredBy())));
      from.addClassName("otopair-muted");
      var answer = new Paragraph(q.answer());
      answer.addClassName("otopair-preserve-lines");
      answer.addClassName("otopair-follow-up-answer");
      card.add(from, answer);
    } else {
      var waiting = new Paragraph(getTranslation("consult.follow-up.waiting"));
      waiting.addClassName("otopair-muted");
      card.add(waiting);
    }
    return card;
  }

  private RouterLink sessionLink(FollowUps.Link link) {
    String kind =
        getTranslation(
            link.kind() == FollowUps.Kind.MINI
                ? "consult.follow-up.kind.mini"
                : "consult.follow-up.kind.new-issue");
    return new RouterLink(
        getTranslation(
            "consult.follow-up.link",
            kind,
            Formats.current().when(link.requestedAt(), link.zone())),
        SessionView.class,
        new RouteParameters("id", link.sessionId().toString()));
  }
}

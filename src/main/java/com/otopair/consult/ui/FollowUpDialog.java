package com.otopair.consult.ui;

import com.otopair.base.Formats;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.ui.Feedback;
import com.otopair.consult.FollowUps;
import com.otopair.consult.LiveSessions;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The customer asks a follow-up about their completed session: a quick question while it is free, a
 * mini extension or a new issue at their prices. A quick question stays on the page; a live one
 * goes to its payment page (when card payments are on) or its own session page.
 */
class FollowUpDialog extends Dialog {

  enum Choice {
    QUESTION,
    MINI,
    NEW_ISSUE
  }

  final RadioButtonGroup<Choice> kind = new RadioButtonGroup<>();
  final TextArea text = new TextArea();
  final Paragraph note = new Paragraph();
  final Button send = new Button();

  private final FollowUps followUps;
  private final LiveSessions live;
  private final FollowUps.Options options;
  private final String mechanic;
  private final Runnable asked;

  FollowUpDialog(
      FollowUps followUps,
      LiveSessions live,
      FollowUps.Options options,
      String mechanic,
      Runnable asked) {
    this.followUps = followUps;
    this.live = live;
    this.options = options;
    this.mechanic = mechanic;
    this.asked = asked;
    setHeaderTitle(getTranslation("consult.follow-up.dialog.title"));
    List<Choice> choices = new ArrayList<>();
    if (options.questionFree() && !options.questionOpen()) {
      choices.add(Choice.QUESTION);
    }
    if (options.miniPrice() != null) {
      choices.add(Choice.MINI);
    }
    if (options.newIssuePrice() != null) {
      choices.add(Choice.NEW_ISSUE);
    }
    note.addClassName("otopair-muted");
    note.setId("follow-up-note");
    note.setText(
        !options.questionFree()
            ? getTranslation("consult.follow-up.window-over")
            : getTranslation("consult.follow-up.question-open"));
    note.setVisible(!choices.contains(Choice.QUESTION));
    kind.setLabel(getTranslation("consult.follow-up.dialog.kind"));
    kind.setId("follow-up-kind");
    kind.setItems(choices);
    kind.setItemLabelGenerator(this::label);
    kind.setRequiredIndicatorVisible(true);
    if (choices.size() == 1) {
      kind.setValue(choices.getFirst());
    }
    text.setLabel(getTranslation("consult.follow-up.dialog.text"));
    text.setId("follow-up-text");
    text.setMaxLength(Math.max(FollowUps.MAX_QUESTION, LiveSessions.MAX_PROBLEM));
    text.setRequiredIndicatorVisible(true);
    text.setWidthFull();
    add(note, kind, text);
    send.setText(getTranslation("consult.follow-up.dialog.send"));
    send.setId("follow-up-send");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.addClickListener(e -> send());
    var cancel = new Button(getTranslation("consult.follow-up.dialog.cancel"), e -> close());
    getFooter().add(cancel, send);
  }

  private String label(Choice choice) {
    return switch (choice) {
      case QUESTION -> getTranslation("consult.follow-up.dialog.question");
      case MINI ->
          getTranslation(
              "consult.follow-up.dialog.mini",
              FollowUps.MINI_MINUTES,
              price(Objects.requireNonNull(options.miniPrice())));
      case NEW_ISSUE ->
          getTranslation(
              "consult.follow-up.dialog.new-issue",
              price(Objects.requireNonNull(options.newIssuePrice())));
    };
  }

  private String price(Money price) {
    return options.free()
        ? getTranslation("consult.sessions.free")
        : Formats.current().money(price);
  }

  /** Marks every invalid field at once; sends only when none is. */
  private void send() {
    kind.setInvalid(false);
    text.setInvalid(false);
    Choice choice = kind.getValue();
    boolean invalid = false;
    if (choice == null) {
      kind.setErrorMessage(getTranslation("consult.follow-up.dialog.kind.required"));
      kind.setInvalid(true);
      invalid = true;
    }
    int max = choice == Choice.QUESTION ? FollowUps.MAX_QUESTION : LiveSessions.MAX_PROBLEM;
    if (text.getValue().isBlank()) {
      text.setErrorMessage(getTranslation("consult.follow-up.dialog.text.required"));
      text.setInvalid(true);
      invalid = true;
    } else if (text.getValue().strip().length() > max) {
      text.setErrorMessage(
          getTranslation("consult.follow-up.dialog.text.too-long", String.valueOf(max)));
      text.setInvalid(true);
      invalid = true;
    }
    if (invalid || choice == null) {
      return;
    }
    try {
      if (choice == Choice.QUESTION) {
        followUps.ask(options.parentId(), text.getValue());
        Feedback.success(getTranslation("consult.follow-up.sent", mechanic));
        close();
        asked.run();
        return;
      }
      UUID id =
          followUps.requestLive(
              options.parentId(),
              choice == Choice.MINI ? FollowUps.Kind.MINI : FollowUps.Kind.NEW_ISSUE,
              text.getValue());
      Optional<String> payment = live.paymentPage(id);
      close();
      getUI()
          .ifPresent(
              ui ->
                  payment.ifPresentOrElse(
                      url -> ui.getPage().setLocation(url),
                      () ->
                          ui.navigate(
                              SessionView.class, new RouteParameters("id", id.toString()))));
    } catch (InvalidRequestException refused) {
      Map<String, HasValidation> fields = Map.of("question", text, "problem", text);
      Feedback.show(refused, fields);
    }
  }
}

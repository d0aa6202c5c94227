package com.otopair.consult.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Feedback;
import com.otopair.consult.ExtraTime;
import com.otopair.consult.ExtraTimeOffer;
import com.otopair.consult.SessionStatus;
import com.otopair.consult.SessionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The customer's side of extra time: the mechanic's open offer with its price, to take or not. It
 * appears and goes as the session page follows the session live.
 */
class ExtraTimeCard extends Div {

  final Paragraph text = new Paragraph();
  final Button accept = new Button();
  final Button decline = new Button();

  private final ExtraTime extraTime;
  private @Nullable UUID offerId;

  /** {@code answered} runs after an answer (or its refusal), so the page shows the session anew. */
  ExtraTimeCard(ExtraTime extraTime, Runnable answered) {
    this.extraTime = extraTime;
    addClassName("otopair-card");
    addClassName("otopair-extra-time");
    setId("extra-time-offer");
    accept.setText(getTranslation("consult.extra.accept"));
    accept.setId("accept-extra-time");
    accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    accept.addClickListener(e -> answer(extraTime::accept, answered));
    decline.setText(getTranslation("consult.extra.decline"));
    decline.setId("decline-extra-time");
    decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    decline.addClickListener(e -> answer(extraTime::decline, answered));
    var actions = new Div(accept, decline);
    actions.addClassName("otopair-actions");
    add(text, actions);
    setVisible(false);
  }

  /** Shows the session's open offer to its customer; hides itself otherwise. */
  void show(SessionSummary session, boolean customer) {
    ExtraTimeOffer offer =
        customer && session.status() == SessionStatus.ACTIVE
            ? extraTime.pending(session.id()).orElse(null)
            : null;
    offerId = offer == null ? null : offer.id();
    setVisible(offer != null);
    if (offer != null) {
      text.setText(
          session.free()
              ? getTranslation("consult.extra.card.free", session.mechanicName(), offer.minutes())
              : getTranslation(
                  "consult.extra.card.paid",
                  session.mechanicName(),
                  offer.minutes(),
                  offer.price().format()));
    }
  }

  private void answer(Consumer<UUID> move, Runnable answered) {
    UUID id = offerId;
    if (id == null) {
      return;
    }
    try {
      move.accept(id);
    } catch (InvalidRequestException refused) {
      Feedback.error(refused.getMessage());
    }
    answered.run();
  }
}

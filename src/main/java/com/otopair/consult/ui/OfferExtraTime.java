package com.otopair.consult.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Feedback;
import com.otopair.consult.ExtraTime;
import com.otopair.consult.SessionStatus;
import com.otopair.consult.SessionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The mechanic's side of extra time: a price (five minutes at the service's rate unless they change
 * it) and the button that offers it; while the customer has not answered, it says so.
 */
class OfferExtraTime extends Div {

  final BigDecimalField price = new BigDecimalField();
  final Button offer = new Button();
  final Paragraph status = new Paragraph();

  private final ExtraTime extraTime;
  private @Nullable UUID sessionId;

  /** {@code offered} runs after an offer, so the page shows the session anew. */
  OfferExtraTime(ExtraTime extraTime, Runnable offered) {
    this.extraTime = extraTime;
    addClassName("otopair-extra-time");
    setId("offer-extra-time");
    price.setId("extra-time-price");
    offer.setText(getTranslation("consult.extra.offer", ExtraTime.MINUTES));
    offer.setId("offer-extra-time-button");
    offer.addClickListener(
        e -> {
          UUID id = sessionId;
          if (id == null) {
            return;
          }
          price.setInvalid(false);
          try {
            extraTime.offer(id, price.getValue());
          } catch (InvalidRequestException refused) {
            Feedback.show(refused, Map.of("price", price));
            return;
          }
          offered.run();
        });
    status.setText(getTranslation("consult.extra.waiting"));
    status.addClassName("otopair-muted");
    add(price, offer, status);
    setVisible(false);
  }

  /** Shows the form to the session's mechanic while it runs; hides itself otherwise. */
  void show(SessionSummary session, boolean mechanic) {
    boolean running = mechanic && session.status() == SessionStatus.ACTIVE;
    setVisible(running);
    if (!running) {
      sessionId = null;
      return;
    }
    if (!session.id().equals(sessionId)) {
      sessionId = session.id();
      price.setLabel(getTranslation("consult.extra.price", session.price().currency()));
      price.setValue(extraTime.suggestedPrice(session.id()).amount());
    }
    boolean waiting = extraTime.pending(session.id()).isPresent();
    price.setVisible(!waiting);
    offer.setVisible(!waiting);
    status.setVisible(waiting);
  }
}

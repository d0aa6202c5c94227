package com.otopair.consult.ui;

import com.otopair.base.Formats;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Feedback;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.SessionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What the customer sees while the session waits for its payment: the session enters the queue once
 * its price is held on Stripe's page, so they go back to that page or give up.
 */
class PaymentPending extends Div {

  final Button pay = new Button();
  final Button giveUp = new Button();

  PaymentPending(LiveSessions live, SessionSummary session, Runnable left) {
    addClassName("otopair-card");
    setId("payment-pending");
    var heading = new H3(getTranslation("consult.paying.heading"));
    var text =
        new Paragraph(
            getTranslation("consult.paying.text", Formats.current().money(session.price())));
    pay.setText(getTranslation("consult.paying.pay"));
    pay.setId("pay-session");
    pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    pay.addClickListener(
        e ->
            act(
                () ->
                    live.paymentPage(session.id())
                        .ifPresentOrElse(
                            url -> getUI().ifPresent(ui -> ui.getPage().setLocation(url)), left)));
    giveUp.setText(getTranslation("consult.paying.give-up"));
    giveUp.setId("give-up-session");
    giveUp.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    giveUp.addClickListener(
        e ->
            act(
                () -> {
                  live.leaveQueue(session.id());
                  left.run();
                }));
    add(heading, text, pay, giveUp);
  }

  private static void act(Runnable action) {
    try {
      action.run();
    } catch (InvalidRequestException refused) {
      Feedback.error(refused.getMessage());
    }
  }
}

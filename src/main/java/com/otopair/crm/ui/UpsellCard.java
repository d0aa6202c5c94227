package com.otopair.crm.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Feedback;
import com.otopair.crm.Upsell;
import com.otopair.crm.UpsellOffer;
import com.otopair.crm.Upsells;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Location;

/**
 * One recommendation: its sentence, its one call to action (recorded as a click, then the page it
 * leads to) and "Not now" (never shown again). {@code gone} runs once the card is dismissed.
 */
class UpsellCard extends Div {

  final Paragraph text = new Paragraph();
  final Button action = new Button();
  final Button dismiss = new Button();

  UpsellCard(Upsells upsells, UpsellOffer offer, Runnable gone) {
    Upsell upsell = offer.upsell();
    addClassName("otopair-upsell");
    getElement().setAttribute("data-offer", offer.id().toString());
    getElement().setAttribute("data-kind", upsell.kind().name());
    text.setText(getTranslation(upsell.textKey(), upsell.textArgs().toArray()));
    text.addClassName("otopair-upsell-text");
    action.setText(getTranslation(upsell.actionKey(), upsell.actionArgs().toArray()));
    action.addClassName("otopair-upsell-action");
    action.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
    action.addClickListener(
        e -> {
          try {
            Location target = new Location(upsells.click(offer.id()));
            UI.getCurrent().navigate(target.getPath(), target.getQueryParameters());
          } catch (InvalidRequestException refused) {
            Feedback.error(refused.getMessage());
            gone.run();
          }
        });
    dismiss.setText(getTranslation("crm.upsell.dismiss"));
    dismiss.addClassName("otopair-upsell-dismiss");
    dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    dismiss.getElement().setAttribute("aria-label", getTranslation("crm.upsell.dismiss.label"));
    dismiss.addClickListener(
        e -> {
          try {
            upsells.dismiss(offer.id());
          } catch (InvalidRequestException refused) {
            Feedback.error(refused.getMessage());
          }
          gone.run();
        });
    var actions = new Div(action, dismiss);
    actions.addClassName("otopair-upsell-actions");
    add(text, actions);
  }
}

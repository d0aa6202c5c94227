package com.otopair.crm.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.LiveUpdates;
import com.otopair.booking.BookingPagePanel;
import com.otopair.crm.Upsells;
import com.otopair.crm.UpsellsChanged;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.Optional;
import java.util.UUID;

/**
 * On the customer's booking page: one recommendation for the booking's vehicle (or else at its
 * shop), with its call to action and "Not now"; it leaves the page when dismissed here or in
 * another tab.
 */
@org.springframework.stereotype.Component
class UpsellBookingPanel implements BookingPagePanel {

  private final Upsells upsells;
  private final LiveUpdates live;

  UpsellBookingPanel(Upsells upsells, LiveUpdates live) {
    this.upsells = upsells;
    this.live = live;
  }

  @Override
  public Optional<Component> panelFor(UUID bookingId) {
    UUID me = CurrentUser.require().id();
    return upsells
        .showForBooking(bookingId)
        .map(
            offer -> {
              var panel = new Div();
              panel.setId("booking-upsell");
              panel.addClassNames("otopair-card", "otopair-upsell-panel");
              Runnable gone = () -> panel.setVisible(false);
              panel.add(
                  new H2(panel.getTranslation("crm.upsell.booking.heading")),
                  new UpsellCard(upsells, offer, gone));
              live.subscribe(
                  panel,
                  UpsellsChanged.class,
                  e -> me.equals(e.customerId()),
                  e -> {
                    if (!upsells.showing(offer.id())) {
                      gone.run();
                    }
                  });
              return panel;
            });
  }
}

package com.otopair.booking.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Brand;
import com.otopair.base.ui.Feedback;
import com.otopair.booking.BookingPagePanel;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.ManageLinks;
import com.otopair.scheduling.BookingPolicy;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A booking opened from the signed link in its email: view, reschedule or cancel it without signing
 * in.
 */
@Route(value = "manage/:bookingId", autoLayout = false)
@PageTitle("Your booking · Otopair")
@AnonymousAllowed
class ManageBookingView extends Main implements BeforeEnterObserver {

  final Button cancel = new Button("Cancel booking");
  final Button reschedule = new Button("Reschedule");

  private final ManageLinks links;
  private final Clock clock;
  private final List<BookingPagePanel> panels;

  ManageBookingView(ManageLinks links, Clock clock, List<BookingPagePanel> panels) {
    this.links = links;
    this.clock = clock;
    this.panels = panels;
    addClassNames("otopair-public-shop", "otopair-book");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    var header = Brand.header();
    add(header);
    String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
    boolean moved = event.getLocation().getQueryParameters().getParameters().containsKey("moved");
    try {
      UUID id = UUID.fromString(event.getRouteParameters().get("bookingId").orElse(""));
      show(links.view(id, token), token, moved);
    } catch (IllegalArgumentException | InvalidRequestException broken) {
      var card =
          new Div(
              new H2("This link doesn't work"),
              new Paragraph(
                  "Open the latest email about your booking, or sign in to see your bookings."),
              new Anchor("bookings", "My bookings"));
      card.addClassName("otopair-card");
      card.setId("manage-broken");
      add(card);
    }
  }

  private void show(BookingSummary b, String token, boolean moved) {
    add(BookingCard.details(b, false));
    panels.forEach(panel -> panel.panelForLink(b.id(), token).ifPresent(this::add));
    if (moved) {
      Feedback.success("Moved. Your old time is released.");
    }
    if (b.status() != BookingStatus.CONFIRMED || !b.start().isAfter(clock.instant())) {
      return;
    }
    var locked = links.changeRefusal(b.id(), token);
    if (locked.isPresent()) {
      var card = new Div(new H2("Change of plans?"), new Paragraph(locked.get()));
      card.addClassName("otopair-card");
      card.setId("booking-locked");
      add(card);
      return;
    }
    BookingPolicy policy = links.policy(b.id(), token);
    reschedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    reschedule.setEnabled(policy.rescheduleLimit() > b.rescheduleCount());
    reschedule.setId("manage-reschedule");
    reschedule.addClickListener(
        e ->
            getUI()
                .ifPresent(
                    ui ->
                        ui.navigate(
                            "book/" + b.shopSlug(),
                            QueryParameters.simple(
                                Map.of(
                                    "service", b.offeringId().toString(),
                                    "manage", b.id().toString(),
                                    "token", token)))));
    cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    cancel.setId("manage-cancel");
    cancel.addClickListener(e -> confirmCancel(b, token));
    var manage =
        new Div(
            new H2("Change of plans?"), BookingCard.rules(b, policy), new Div(reschedule, cancel));
    manage.addClassName("otopair-card");
    add(manage);
  }

  private void confirmCancel(BookingSummary b, String token) {
    var dialog = new Dialog("Cancel this booking?");
    var reason = new TextArea("Reason for the shop (optional)");
    reason.setWidthFull();
    reason.setMaxLength(500);
    dialog.add(reason);
    var confirm =
        new Button(
            "Cancel booking",
            e -> {
              try {
                BookingSummary cancelled = links.cancel(b.id(), token, reason.getValue());
                dialog.close();
                Feedback.success(
                    cancelled.cancelledLate()
                        ? "Cancelled. It was inside the shop's cancellation window, so it is marked late."
                        : "Cancelled. The shop has been told.");
                getUI()
                    .ifPresent(
                        ui ->
                            ui.navigate(
                                "manage/" + b.id(),
                                QueryParameters.simple(Map.of("token", token))));
              } catch (InvalidRequestException refused) {
                Feedback.show(refused, Map.of("reason", reason));
              }
            });
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    confirm.setId("manage-confirm-cancel");
    dialog.getFooter().add(new Button("Keep it", e -> dialog.close()), confirm);
    dialog.open();
  }
}

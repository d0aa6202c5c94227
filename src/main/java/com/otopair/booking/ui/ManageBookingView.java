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
import com.vaadin.flow.router.HasDynamicTitle;
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
@AnonymousAllowed
class ManageBookingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

  final Button cancel = new Button(getTranslation("booking.booking.cancel"));
  final Button reschedule = new Button(getTranslation("booking.booking.reschedule"));

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
              new H2(getTranslation("booking.manage.broken.title")),
              new Paragraph(getTranslation("booking.manage.broken.text")),
              new Anchor("bookings", getTranslation("booking.my.title")));
      card.addClassName("otopair-card");
      card.setId("manage-broken");
      add(card);
    }
  }

  /** The browser tab's title, in the page's language (this page has no layout to set it). */
  @Override
  public String getPageTitle() {
    return getTranslation("booking.manage.title");
  }

  private void show(BookingSummary b, String token, boolean moved) {
    add(BookingCard.details(b, false));
    panels.forEach(panel -> panel.panelForLink(b.id(), token).ifPresent(this::add));
    if (moved) {
      Feedback.success(getTranslation("booking.manage.moved"));
    }
    if (b.status() != BookingStatus.CONFIRMED || !b.start().isAfter(clock.instant())) {
      return;
    }
    var locked = links.changeRefusal(b.id(), token);
    if (locked.isPresent()) {
      var card =
          new Div(
              new H2(getTranslation("booking.booking.change-of-plans")),
              new Paragraph(locked.get()));
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
            new H2(getTranslation("booking.booking.change-of-plans")),
            BookingCard.rules(b, policy),
            new Div(reschedule, cancel));
    manage.addClassName("otopair-card");
    add(manage);
  }

  private void confirmCancel(BookingSummary b, String token) {
    var dialog = new Dialog(getTranslation("booking.cancel.dialog.title"));
    var reason = new TextArea(getTranslation("booking.cancel.dialog.reason"));
    reason.setWidthFull();
    reason.setMaxLength(500);
    dialog.add(reason);
    var confirm =
        new Button(
            getTranslation("booking.booking.cancel"),
            e -> {
              try {
                BookingSummary cancelled = links.cancel(b.id(), token, reason.getValue());
                dialog.close();
                Feedback.success(
                    getTranslation(
                        cancelled.cancelledLate()
                            ? "booking.cancel.done-late"
                            : "booking.cancel.done"));
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
    dialog
        .getFooter()
        .add(
            new Button(getTranslation("booking.cancel.dialog.keep"), e -> dialog.close()), confirm);
    dialog.open();
  }
}

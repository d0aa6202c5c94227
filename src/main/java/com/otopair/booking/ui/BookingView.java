package com.otopair.booking.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.Roles;
import com.otopair.base.ui.Feedback;
import com.otopair.booking.BookingChanges;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.BookingPagePanel;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.MyBookings;
import com.otopair.scheduling.BookingPolicy;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One booking: the confirmation page after booking, and where to cancel or reschedule it. */
@Route("bookings/:bookingId")
@PageTitle("booking.booking.title")
@RolesAllowed(Roles.CUSTOMER)
class BookingView extends Main implements BeforeEnterObserver {

  final Button cancel = new Button(getTranslation("booking.booking.cancel"));
  final Button reschedule = new Button(getTranslation("booking.booking.reschedule"));

  private final MyBookings bookings;
  private final BookingChanges changes;
  private final BookingHolds holds;
  private final Clock clock;
  private final List<BookingPagePanel> panels;

  BookingView(
      MyBookings bookings,
      BookingChanges changes,
      BookingHolds holds,
      Clock clock,
      List<BookingPagePanel> panels) {
    this.bookings = bookings;
    this.changes = changes;
    this.holds = holds;
    this.clock = clock;
    this.panels = panels;
    addClassName("otopair-page");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    try {
      UUID id = UUID.fromString(event.getRouteParameters().get("bookingId").orElse(""));
      boolean justBooked =
          event.getLocation().getQueryParameters().getParameters().containsKey("confirmed");
      try {
        holds.refreshPayment(id);
      } catch (InvalidRequestException notNow) {
        // The webhook settled the payment at the same moment, or the gateway can't be reached:
        // the booking shows as it is, and the webhook or the next visit finishes the payment.
      }
      show(bookings.booking(id), justBooked);
    } catch (IllegalArgumentException | InvalidRequestException notMine) {
      event.rerouteToError(NotFoundException.class);
    }
  }

  private void show(BookingSummary b, boolean justBooked) {
    removeAll();
    var details = BookingCard.details(b, justBooked);
    add(details);
    if (justBooked) {
      // On a phone the confirm button sat low on the hold page: show the confirmation from its top.
      details.scrollIntoView();
    }
    panels.forEach(panel -> panel.panelFor(b.id()).ifPresent(this::add));

    var locked =
        b.status() == BookingStatus.CONFIRMED
            ? changes.changeRefusal(b.id())
            : Optional.<String>empty();
    if (locked.isPresent() && b.start().isAfter(clock.instant())) {
      var card =
          new Div(
              new H2(getTranslation("booking.booking.change-of-plans")),
              new Paragraph(locked.get()));
      card.addClassName("otopair-card");
      card.setId("booking-locked");
      add(card);
      return;
    }
    if (b.status() == BookingStatus.CONFIRMED && b.start().isAfter(clock.instant())) {
      BookingPolicy policy = bookings.policy(b.id());
      var rules = BookingCard.rules(b, policy);
      reschedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      reschedule.setEnabled(policy.rescheduleLimit() > b.rescheduleCount());
      reschedule.addClickListener(
          e ->
              getUI()
                  .ifPresent(
                      ui ->
                          ui.navigate(
                              "book/" + b.shopSlug(),
                              QueryParameters.simple(
                                  Map.of(
                                      "service",
                                      b.offeringId().toString(),
                                      "reschedule",
                                      b.id().toString())))));
      cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      cancel.addClickListener(e -> confirmCancel(b));
      var manage =
          new Div(
              new H2(getTranslation("booking.booking.change-of-plans")),
              rules,
              new Div(reschedule, cancel));
      manage.addClassName("otopair-card");
      add(manage);
    }
  }

  private void confirmCancel(BookingSummary b) {
    var dialog = new Dialog(getTranslation("booking.cancel.dialog.title"));
    var reason = new TextArea(getTranslation("booking.cancel.dialog.reason"));
    reason.setMaxLength(500);
    reason.setWidthFull();
    dialog.add(reason);
    var keep = new Button(getTranslation("booking.cancel.dialog.keep"), e -> dialog.close());
    var confirm =
        new Button(
            getTranslation("booking.booking.cancel"),
            e -> {
              try {
                BookingSummary cancelled = changes.cancel(b.id(), reason.getValue());
                dialog.close();
                Feedback.success(
                    getTranslation(
                        cancelled.cancelledLate()
                            ? "booking.cancel.done-late"
                            : "booking.cancel.done"));
                show(cancelled, false);
              } catch (InvalidRequestException refused) {
                Feedback.show(refused, Map.of("reason", reason));
              }
            });
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    confirm.setId("confirm-cancel");
    dialog.getFooter().add(keep, confirm);
    dialog.open();
  }
}

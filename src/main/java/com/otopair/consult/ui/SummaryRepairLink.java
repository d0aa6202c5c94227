package com.otopair.consult.ui;

import com.otopair.base.Roles;
import com.otopair.consult.Intakes;
import com.otopair.consult.SummaryRepairs;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a summary's "book the repair" link leads: it records that the customer followed it, with
 * the link's {@code from} (the CRM's entry point), and forwards to the shop's slot picker for the
 * repair. Nothing to book (another customer's summary, a repair no longer offered) is not found.
 */
@Route("sessions/:id/summary/book")
@RolesAllowed(Roles.CUSTOMER)
class SummaryRepairLink extends Div implements BeforeEnterObserver {

  private final SummaryRepairs repairs;

  SummaryRepairLink(SummaryRepairs repairs) {
    this.repairs = repairs;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Optional<UUID> id = event.getRouteParameters().get("id").flatMap(SummaryRepairLink::uuid);
    if (id.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    String from =
        event.getLocation().getQueryParameters().getSingleParameter(Intakes.FROM).orElse("");
    repairs
        .follow(id.get(), from)
        .ifPresentOrElse(
            link -> {
              int query = link.indexOf('?');
              event.forwardTo(
                  link.substring(0, query), QueryParameters.fromString(link.substring(query + 1)));
            },
            () -> event.rerouteToError(NotFoundException.class));
  }

  private static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

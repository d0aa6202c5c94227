package com.otopair.booking;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.UUID;

/**
 * Something other modules show on the customer's booking page, below the booking: the jobs module
 * shows the job's progress and estimate. Implementations are Spring beans, read for the signed-in
 * customer.
 */
public interface BookingPagePanel {

  Optional<Component> panelFor(UUID bookingId);

  /**
   * The same for someone holding the booking's signed manage link ({@code token}, already checked
   * by the page) who is not signed in.
   */
  default Optional<Component> panelForLink(UUID bookingId, String token) {
    return Optional.empty();
  }
}

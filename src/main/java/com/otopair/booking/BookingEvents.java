package com.otopair.booking;

import com.otopair.booking.domain.Booking;
import com.otopair.scheduling.BookedTimesChanged;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopMembership;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The events of the customer's changes to a booking, published in the change's transaction. */
@Component
class BookingEvents {

  private final ApplicationEventPublisher events;
  private final ShopMembership shops;
  private final ServiceMenu menu;
  private final BookingMetrics metrics;

  BookingEvents(
      ApplicationEventPublisher events,
      ShopMembership shops,
      ServiceMenu menu,
      BookingMetrics metrics) {
    this.events = events;
    this.shops = shops;
    this.menu = menu;
    this.metrics = metrics;
  }

  /** A customer placed a hold on it. */
  void held(Booking booking) {
    metrics.held();
    changed(booking);
  }

  /** Its screens and its shop's free times change. */
  void changed(Booking booking) {
    events.publishEvent(
        new BookingChanged(booking.getId(), booking.getShopId(), booking.getCustomerId()));
    events.publishEvent(new BookedTimesChanged(booking.getShopId()));
  }

  /** It is confirmed: at once, once paid, or as the new time of {@code movedFrom}. */
  void confirmed(Booking booking, @Nullable UUID movedFrom) {
    if (movedFrom == null) {
      metrics.confirmed();
    }
    events.publishEvent(
        new BookingConfirmed(
            booking.getId(),
            booking.getShopId(),
            booking.getMechanicId(),
            booking.getCustomerId(),
            booking.getStartsAt(),
            movedFrom,
            booking.getConfirmedAt(),
            // Carried so that only a remote service's booking is handed to the sessions' listener.
            menu.modeOf(booking.getOfferingId()).map(m -> m != OfferingMode.IN_SHOP).orElse(null)));
  }

  /** It was cancelled ({@code by} the customer or an admin) and its time is free again. */
  void cancelled(Booking booking, String by, String why) {
    cancelled(booking, by, why, "CUSTOMER".equals(by));
  }

  /** As above; {@code underPolicy}: the shop's cancellation policy decides the refund. */
  void cancelled(Booking booking, String by, String why, boolean underPolicy) {
    metrics.cancelled(by);
    events.publishEvent(
        new BookingCancelled(booking.getId(), booking.getShopId(), by, why, underPolicy));
    freed(booking);
    changed(booking);
  }

  /** The booking's day may now have room for someone on the waitlist. */
  void freed(Booking booking) {
    events.publishEvent(
        new SlotsFreed(
            booking.getId(),
            booking.getShopId(),
            booking.getStartsAt().atZone(shops.zoneOf(booking.getShopId())).toLocalDate()));
  }
}

package com.otopair.booking;

import com.otopair.base.I18n;
import com.otopair.booking.domain.Booking;
import com.otopair.booking.domain.Vehicle;
import com.otopair.booking.domain.VehicleRepository;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.shops.ShopMembership;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Bookings as records, with the names of the shop, the mechanic, the customer and the vehicle. */
@Component
class BookingSummaries {

  private final VehicleRepository vehicles;
  private final ShopMembership shops;
  private final UserContacts contacts;

  BookingSummaries(VehicleRepository vehicles, ShopMembership shops, UserContacts contacts) {
    this.vehicles = vehicles;
    this.shops = shops;
    this.contacts = contacts;
  }

  List<BookingSummary> of(List<Booking> list) {
    Set<UUID> people = new HashSet<>();
    Set<UUID> vehicleIds = new HashSet<>();
    for (Booking b : list) {
      people.add(b.getMechanicId());
      people.add(b.getCustomerId());
      if (b.getVehicleId() != null) {
        vehicleIds.add(b.getVehicleId());
      }
    }
    Map<UUID, String> names =
        contacts.findAll(people).stream()
            .collect(Collectors.toMap(UserContact::id, UserContact::name));
    Map<UUID, String> vehicleLabels =
        vehicles.findAllById(vehicleIds).stream()
            .collect(Collectors.toMap(Vehicle::getId, Vehicle::label));
    Map<UUID, ShopMembership.ShopRef> shopRefs =
        list.stream()
            .map(Booking::getShopId)
            .distinct()
            .collect(Collectors.toMap(Function.identity(), shops::ref));
    return list.stream()
        .map(
            b -> {
              ShopMembership.ShopRef shop = shopRefs.get(b.getShopId());
              return new BookingSummary(
                  b.getId(),
                  b.getShopId(),
                  shop.name(),
                  shop.slug(),
                  shops.zoneOf(b.getShopId()),
                  b.getMechanicId(),
                  names.getOrDefault(b.getMechanicId(), I18n.t("booking.person.mechanic")),
                  b.getCustomerId(),
                  names.getOrDefault(b.getCustomerId(), I18n.t("booking.person.customer")),
                  b.getOfferingId(),
                  b.getServiceName(),
                  b.getStatus(),
                  b.getStartsAt(),
                  b.getEndsAt(),
                  b.getPrice(),
                  b.getMultiplier(),
                  b.getHoldExpiresAt(),
                  b.getVehicleId() == null ? null : vehicleLabels.get(b.getVehicleId()),
                  b.getProblem(),
                  b.getRescheduleCount(),
                  b.getCancelReason(),
                  b.isCancelledLate(),
                  b.getOriginSessionId(),
                  b.getSource());
            })
        .toList();
  }
}

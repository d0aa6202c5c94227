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
import org.jspecify.annotations.Nullable;
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

  /** A booking and the address of its customer (none for a user who is gone). */
  record Addressed(BookingSummary summary, @Nullable String customerEmail) {}

  /** One booking, with its customer's address read with the names. */
  Addressed addressed(Booking booking) {
    Map<UUID, UserContact> people = people(List.of(booking));
    UserContact customer = people.get(booking.getCustomerId());
    return new Addressed(
        of(List.of(booking), people).getFirst(), customer == null ? null : customer.email());
  }

  List<BookingSummary> of(List<Booking> list) {
    return of(list, people(list));
  }

  private Map<UUID, UserContact> people(List<Booking> list) {
    Set<UUID> people = new HashSet<>();
    for (Booking b : list) {
      people.add(b.getMechanicId());
      people.add(b.getCustomerId());
    }
    return contacts.findAll(people).stream()
        .collect(Collectors.toMap(UserContact::id, Function.identity()));
  }

  private List<BookingSummary> of(List<Booking> list, Map<UUID, UserContact> people) {
    Set<UUID> vehicleIds = new HashSet<>();
    for (Booking b : list) {
      if (b.getVehicleId() != null) {
        vehicleIds.add(b.getVehicleId());
      }
    }
    Map<UUID, String> vehicleLabels = labels(vehicleIds);
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
                  shop.zone(),
                  b.getMechanicId(),
                  name(people, b.getMechanicId(), "booking.person.mechanic"),
                  b.getCustomerId(),
                  name(people, b.getCustomerId(), "booking.person.customer"),
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

  private static String name(Map<UUID, UserContact> people, UUID id, String otherwise) {
    UserContact contact = people.get(id);
    return contact == null ? I18n.t(otherwise) : contact.name();
  }

  /** The vehicles' labels; one vehicle (a booking's) by its id, a query Hibernate keeps. */
  private Map<UUID, String> labels(Set<UUID> vehicleIds) {
    if (vehicleIds.size() == 1) {
      UUID id = vehicleIds.iterator().next();
      return vehicles.findById(id).map(v -> Map.of(id, v.label())).orElse(Map.of());
    }
    return vehicleIds.isEmpty()
        ? Map.of()
        : vehicles.findAllById(vehicleIds).stream()
            .collect(Collectors.toMap(Vehicle::getId, Vehicle::label));
  }
}

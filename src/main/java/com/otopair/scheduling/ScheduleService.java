package com.otopair.scheduling;

import com.otopair.base.CurrentUser;
import com.otopair.base.I18n;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.scheduling.domain.AvailabilityWindowRepository;
import com.otopair.scheduling.domain.ScheduleOverrideRepository;
import com.otopair.scheduling.domain.TimeOffRepository;
import com.otopair.shops.ShopMembership;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * A shop's schedule as owners and mechanics read it: the weekly windows, date overrides, time off,
 * bookings and policy of some days. An owner sees every mechanic of their shop; a mechanic only
 * their own hours. Changes go through {@link WeeklyHours}, {@link DayChanges}, {@link
 * ScheduleTemplates} and {@link BookingPolicies}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ScheduleService {

  private final AvailabilityWindowRepository windows;
  private final ScheduleOverrideRepository overrides;
  private final TimeOffRepository timeOff;
  private final BookingPolicies policies;
  private final ShopMembership membership;
  private final UserContacts contacts;
  private final SingletonSupplier<BookedTimes> bookedTimes;

  ScheduleService(
      AvailabilityWindowRepository windows,
      ScheduleOverrideRepository overrides,
      TimeOffRepository timeOff,
      BookingPolicies policies,
      ShopMembership membership,
      UserContacts contacts,
      ObjectProvider<BookedTimes> bookedTimes) {
    this.windows = windows;
    this.overrides = overrides;
    this.timeOff = timeOff;
    this.policies = policies;
    this.membership = membership;
    this.contacts = contacts;
    this.bookedTimes =
        SingletonSupplier.of(
            () -> bookedTimes.getIfAvailable(() -> (shop, ids, start, end) -> List.of()));
  }

  /** The schedule of the days {@code from} to {@code to}, as far as the signed-in user may see. */
  public ShopSchedule schedule(UUID shopId, LocalDate from, LocalDate to) {
    UUID me = CurrentUser.require().id();
    boolean owner = membership.requireMember(shopId).owner();
    List<UUID> visible =
        owner
            ? membership.mechanicsOf(shopId)
            : membership.mechanicsOf(shopId).stream().filter(me::equals).toList();
    Map<UUID, String> names =
        contacts.findAll(visible).stream()
            .collect(Collectors.toMap(UserContact::id, UserContact::name));
    return new ShopSchedule(
        shopId,
        membership.zoneOf(shopId),
        owner,
        visible.stream()
            .map(
                id ->
                    new ShopSchedule.Mechanic(
                        id, names.getOrDefault(id, I18n.t("scheduling.mechanic.unnamed"))))
            .toList(),
        visible.isEmpty()
            ? List.of()
            : windows.findByShopIdAndMechanicIdIn(shopId, visible).stream()
                .map(ScheduleMapping::window)
                .filter(w -> overlaps(w.hours(), from, to))
                .sorted(ScheduleMapping.WINDOW_ORDER)
                .toList(),
        visible.isEmpty()
            ? List.of()
            : overrides
                .findByShopIdAndMechanicIdInAndDateBetween(shopId, visible, from, to)
                .stream()
                .map(ScheduleMapping::override)
                .toList(),
        visible.isEmpty()
            ? List.of()
            : timeOff.overlapping(shopId, visible, from, to).stream()
                .map(ScheduleMapping::timeOff)
                .toList(),
        visible.isEmpty()
            ? List.of()
            : bookedTimes
                .obtain()
                .booked(
                    shopId,
                    visible,
                    from.minusDays(1).atStartOfDay(membership.zoneOf(shopId)).toInstant(),
                    to.plusDays(2).atStartOfDay(membership.zoneOf(shopId)).toInstant()),
        policies.policyOf(shopId));
  }

  private static boolean overlaps(WindowHours hours, LocalDate from, LocalDate to) {
    return (hours.validFrom() == null || !hours.validFrom().isAfter(to))
        && (hours.validTo() == null || !hours.validTo().isBefore(from));
  }
}

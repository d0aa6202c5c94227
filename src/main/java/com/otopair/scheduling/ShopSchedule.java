package com.otopair.scheduling;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * What the schedule builder shows for a range of days: the mechanics the signed-in user may see
 * (all of them for the owner, only themselves for a mechanic) with their windows, overrides and
 * time off, their bookings, and the shop's booking policy.
 */
public record ShopSchedule(
    UUID shopId,
    ZoneId zone,
    boolean managesShop,
    List<Mechanic> mechanics,
    List<ScheduleWindow> windows,
    List<ScheduleOverride> overrides,
    List<TimeOff> timeOff,
    List<BookedTimes.Booked> bookings,
    BookingPolicy policy) {

  public record Mechanic(UUID id, String name) {}
}

package com.otopair.scheduling.ui;

import com.otopair.scheduling.BookingPolicies;
import com.otopair.scheduling.DayChanges;
import com.otopair.scheduling.ScheduleService;
import com.otopair.scheduling.ScheduleTemplates;
import com.otopair.scheduling.WeeklyHours;
import org.springframework.stereotype.Component;

/** The services the schedule builder and its dialogs call, one per kind of change. */
@Component
record ScheduleServices(
    ScheduleService schedules,
    WeeklyHours weeklyHours,
    DayChanges dayChanges,
    ScheduleTemplates scheduleTemplates,
    BookingPolicies bookingPolicies) {}

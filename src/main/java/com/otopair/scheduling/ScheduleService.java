package com.otopair.scheduling;

import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.scheduling.domain.AvailabilityWindowEntity;
import com.otopair.scheduling.domain.AvailabilityWindowRepository;
import com.otopair.scheduling.domain.BookingPolicyEntity;
import com.otopair.scheduling.domain.BookingPolicyRepository;
import com.otopair.scheduling.domain.ScheduleOverrideEntity;
import com.otopair.scheduling.domain.ScheduleOverrideRepository;
import com.otopair.scheduling.domain.ScheduleTemplateEntity;
import com.otopair.scheduling.domain.ScheduleTemplateRepository;
import com.otopair.scheduling.domain.TimeOffEntity;
import com.otopair.scheduling.domain.TimeOffRepository;
import com.otopair.shops.ShopMembership;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Availability as owners and mechanics build it: weekly windows, date overrides, time off, the
 * booking policy and templates. An owner manages every mechanic of their shop; a mechanic manages
 * only their own hours. Every change is checked here and again by the database's constraints.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ScheduleService {

  private final AvailabilityWindowRepository windows;
  private final ScheduleOverrideRepository overrides;
  private final TimeOffRepository timeOff;
  private final BookingPolicyRepository policies;
  private final ScheduleTemplateRepository templates;
  private final ShopMembership membership;
  private final UserContacts contacts;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final ObjectProvider<BookedTimes> bookedTimes;

  ScheduleService(
      AvailabilityWindowRepository windows,
      ScheduleOverrideRepository overrides,
      TimeOffRepository timeOff,
      BookingPolicyRepository policies,
      ScheduleTemplateRepository templates,
      ShopMembership membership,
      UserContacts contacts,
      Clock clock,
      ApplicationEventPublisher events,
      ObjectProvider<BookedTimes> bookedTimes) {
    this.bookedTimes = bookedTimes;
    this.windows = windows;
    this.overrides = overrides;
    this.timeOff = timeOff;
    this.policies = policies;
    this.templates = templates;
    this.membership = membership;
    this.contacts = contacts;
    this.clock = clock;
    this.events = events;
  }

  /** The schedule of the days {@code from} to {@code to}, as far as the signed-in user may see. */
  @Transactional(readOnly = true)
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
            .map(id -> new ShopSchedule.Mechanic(id, names.getOrDefault(id, "Mechanic")))
            .toList(),
        visible.isEmpty()
            ? List.of()
            : windows.findByShopIdAndMechanicIdIn(shopId, visible).stream()
                .map(ScheduleService::window)
                .filter(w -> overlaps(w.hours(), from, to))
                .sorted(WINDOW_ORDER)
                .toList(),
        visible.isEmpty()
            ? List.of()
            : overrides
                .findByShopIdAndMechanicIdInAndDateBetween(shopId, visible, from, to)
                .stream()
                .map(ScheduleService::override)
                .toList(),
        visible.isEmpty()
            ? List.of()
            : timeOff.overlapping(shopId, visible, from, to).stream()
                .map(ScheduleService::timeOff)
                .toList(),
        visible.isEmpty()
            ? List.of()
            : bookedTimes
                .getIfAvailable(() -> (shop, ids, start, end) -> List.of())
                .booked(
                    shopId,
                    visible,
                    from.minusDays(1).atStartOfDay(membership.zoneOf(shopId)).toInstant(),
                    to.plusDays(2).atStartOfDay(membership.zoneOf(shopId)).toInstant()),
        policyOf(shopId));
  }

  /** Adds a weekly window; refused when it overlaps another window of the mechanic. */
  public ScheduleWindow addWindow(UUID shopId, UUID mechanicId, WindowHours hours) {
    requireCanEdit(shopId, mechanicId);
    validate(hours);
    requireNoOverlap(shopId, mechanicId, hours, null);
    var window = new AvailabilityWindowEntity(shopId, mechanicId);
    apply(window, hours);
    saveWindow(window);
    changed(shopId);
    return window(window);
  }

  /** Moves, resizes or re-prices a window; returns what it was, so the change can be undone. */
  public ScheduleWindow updateWindow(UUID windowId, WindowHours hours) {
    AvailabilityWindowEntity window = editableWindow(windowId);
    ScheduleWindow before = window(window);
    validate(hours);
    requireNoOverlap(window.getShopId(), window.getMechanicId(), hours, windowId);
    apply(window, hours);
    saveWindow(window);
    changed(window.getShopId());
    return before;
  }

  /** Deletes a window; returns it, so the deletion can be undone. */
  public ScheduleWindow deleteWindow(UUID windowId) {
    AvailabilityWindowEntity window = editableWindow(windowId);
    windows.delete(window);
    changed(window.getShopId());
    return window(window);
  }

  /** The windows of a mechanic in effect during the week starting {@code weekStart}. */
  @Transactional(readOnly = true)
  public List<WindowHours> weekOf(UUID shopId, UUID mechanicId, LocalDate weekStart) {
    requireCanSee(shopId, mechanicId);
    List<WindowHours> week = new ArrayList<>();
    for (AvailabilityWindowEntity w : windows.findByShopIdAndMechanicId(shopId, mechanicId)) {
      WindowHours hours = hours(w);
      for (int d = 0; d < 7; d++) {
        if (hours.appliesOn(weekStart.plusDays(d))) {
          week.add(WindowHours.weekly(hours.day(), hours.start(), hours.end(), hours.multiplier()));
        }
      }
    }
    week.sort(Comparator.comparing(WindowHours::day).thenComparing(WindowHours::start));
    return week;
  }

  /**
   * Gives each mechanic the week's windows from {@code from} to {@code to} (open-ended when null):
   * their windows in that range are replaced, those before and after it stay.
   */
  public void applyWeek(
      UUID shopId,
      List<WindowHours> week,
      List<UUID> mechanicIds,
      LocalDate from,
      @Nullable LocalDate to) {
    if (mechanicIds.isEmpty()) {
      throw new InvalidRequestException("mechanics", "Choose at least one mechanic");
    }
    if (to != null && to.isBefore(from)) {
      throw new InvalidRequestException("to", "The last day can't be before the first");
    }
    List<WindowHours> dated = week.stream().map(w -> w.valid(from, to)).toList();
    for (WindowHours hours : dated) {
      validate(hours);
    }
    requireNoOverlapWithin(dated);
    for (UUID mechanicId : mechanicIds) {
      requireCanEdit(shopId, mechanicId);
      clearRange(shopId, mechanicId, from, to);
      for (WindowHours hours : dated) {
        var window = new AvailabilityWindowEntity(shopId, mechanicId);
        apply(window, hours);
        windows.save(window);
      }
    }
    try {
      windows.flush();
    } catch (DataIntegrityViolationException e) {
      throw new InvalidRequestException("Those hours overlap each other; check the week and retry");
    }
    changed(shopId);
  }

  /** Other hours, or a day off when {@code start} is null, on one date; replaces an earlier one. */
  public Optional<ScheduleOverride> setOverride(
      UUID shopId,
      UUID mechanicId,
      LocalDate date,
      @Nullable LocalTime start,
      @Nullable LocalTime end,
      BigDecimal multiplier,
      String reason) {
    requireCanEdit(shopId, mechanicId);
    if ((start == null) != (end == null)) {
      throw new InvalidRequestException("end", "Give both a start and an end, or neither");
    }
    if (start != null && end != null && !EndOfDay.isAfter(end, start)) {
      throw new InvalidRequestException("end", "The end must be after the start");
    }
    validateMultiplier(multiplier);
    PlainText.requireLine("reason", reason);
    String why = reason.strip();
    if (why.length() > 200) {
      throw new InvalidRequestException("reason", "Keep the reason under 200 characters");
    }
    var existing = overrides.findByShopIdAndMechanicIdAndDate(shopId, mechanicId, date);
    Optional<ScheduleOverride> before = existing.map(ScheduleService::override);
    ScheduleOverrideEntity entity =
        existing.orElseGet(() -> new ScheduleOverrideEntity(shopId, mechanicId, date));
    entity.set(start, end, multiplier, why);
    overrides.save(entity);
    changed(shopId);
    return before;
  }

  /** Removes an override; returns it, so the removal can be undone. */
  public ScheduleOverride removeOverride(UUID overrideId) {
    ScheduleOverrideEntity entity =
        overrides
            .findById(overrideId)
            .orElseThrow(() -> new InvalidRequestException("That override is gone"));
    requireCanEdit(entity.getShopId(), entity.getMechanicId());
    overrides.delete(entity);
    changed(entity.getShopId());
    return override(entity);
  }

  /** Whole days away; refused when they overlap earlier time off. */
  public TimeOff addTimeOff(
      UUID shopId, UUID mechanicId, LocalDate firstDay, LocalDate lastDay, String reason) {
    requireCanEdit(shopId, mechanicId);
    if (lastDay.isBefore(firstDay)) {
      throw new InvalidRequestException("lastDay", "The last day can't be before the first");
    }
    if (firstDay.plusDays(366).isBefore(lastDay)) {
      throw new InvalidRequestException("lastDay", "Time off can last at most a year");
    }
    PlainText.requireLine("reason", reason);
    String why = reason.strip();
    if (why.length() > 200) {
      throw new InvalidRequestException("reason", "Keep the reason under 200 characters");
    }
    timeOff.overlapping(shopId, List.of(mechanicId), firstDay, lastDay).stream()
        .findFirst()
        .ifPresent(
            other -> {
              throw new InvalidRequestException(
                  "firstDay",
                  "That overlaps time off from "
                      + other.getFirstDay()
                      + " to "
                      + other.getLastDay());
            });
    var entity = new TimeOffEntity(shopId, mechanicId, firstDay, lastDay, why);
    try {
      timeOff.saveAndFlush(entity);
    } catch (DataIntegrityViolationException e) {
      throw new InvalidRequestException("firstDay", "That overlaps other time off");
    }
    changed(shopId);
    return timeOff(entity);
  }

  /** Removes time off; returns it, so the removal can be undone. */
  public TimeOff removeTimeOff(UUID timeOffId) {
    TimeOffEntity entity =
        timeOff
            .findById(timeOffId)
            .orElseThrow(() -> new InvalidRequestException("That time off is gone"));
    requireCanEdit(entity.getShopId(), entity.getMechanicId());
    timeOff.delete(entity);
    changed(entity.getShopId());
    return timeOff(entity);
  }

  @Transactional(readOnly = true)
  public BookingPolicy policy(UUID shopId) {
    requireMember(shopId);
    return policyOf(shopId);
  }

  /** The owner changes how the shop takes bookings. */
  public void updatePolicy(UUID shopId, BookingPolicy policy) {
    membership.requireOwner(shopId);
    validate(policy);
    BookingPolicyEntity entity =
        policies.findByShopId(shopId).orElseGet(() -> new BookingPolicyEntity(shopId));
    entity.set(policy);
    policies.save(entity);
    changed(shopId);
  }

  @Transactional(readOnly = true)
  public List<ScheduleTemplate> templates(UUID shopId) {
    membership.requireOwner(shopId);
    return templates.findByShopIdOrderByNameAsc(shopId).stream()
        .map(ScheduleService::template)
        .toList();
  }

  /** Saves a week under a name the shop hasn't used yet. */
  public ScheduleTemplate saveTemplate(UUID shopId, String name, List<WindowHours> week) {
    membership.requireOwner(shopId);
    PlainText.requireLine("name", name);
    String trimmed = name.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidRequestException("name", "Name the template");
    }
    if (trimmed.length() > 60) {
      throw new InvalidRequestException("name", "Keep the name under 60 characters");
    }
    if (week.isEmpty()) {
      throw new InvalidRequestException("This week has no hours to save");
    }
    if (templates.existsByShopIdAndNameIgnoreCase(shopId, trimmed)) {
      throw new InvalidRequestException("name", "A template is already called " + trimmed);
    }
    for (WindowHours hours : week) {
      validate(hours);
    }
    requireNoOverlapWithin(week);
    var entity =
        new ScheduleTemplateEntity(
            shopId,
            trimmed,
            clock.instant(),
            week.stream()
                .map(
                    w ->
                        new ScheduleTemplateEntity.Window(
                            w.day(), w.start(), w.end(), w.multiplier()))
                .toList());
    templates.save(entity);
    return template(entity);
  }

  /** Applies a template to mechanics from {@code from} to {@code to} (open-ended when null). */
  public void applyTemplate(
      UUID templateId, List<UUID> mechanicIds, LocalDate from, @Nullable LocalDate to) {
    ScheduleTemplateEntity entity =
        templates
            .findById(templateId)
            .orElseThrow(() -> new InvalidRequestException("That template is gone"));
    membership.requireOwner(entity.getShopId());
    applyWeek(entity.getShopId(), template(entity).windows(), mechanicIds, from, to);
  }

  public void deleteTemplate(UUID templateId) {
    ScheduleTemplateEntity entity =
        templates
            .findById(templateId)
            .orElseThrow(() -> new InvalidRequestException("That template is gone"));
    membership.requireOwner(entity.getShopId());
    templates.delete(entity);
  }

  // --- rules

  private void validate(WindowHours hours) {
    if (!EndOfDay.isAfter(hours.end(), hours.start())) {
      throw new InvalidRequestException("end", "The end must be after the start");
    }
    validateMultiplier(hours.multiplier());
    if (hours.validFrom() != null
        && hours.validTo() != null
        && hours.validTo().isBefore(hours.validFrom())) {
      throw new InvalidRequestException("validTo", "The last day can't be before the first");
    }
  }

  private static void validateMultiplier(BigDecimal multiplier) {
    refuseAt("multiplier", ScheduleRules.multiplierProblem(multiplier));
  }

  private static void validate(BookingPolicy policy) {
    refuseAt("step", ScheduleRules.stepProblem(policy.step().toMinutes()));
    refuseAt("buffer", ScheduleRules.bufferProblem(policy.bufferBefore().toMinutes()));
    refuseAt("buffer", ScheduleRules.bufferProblem(policy.bufferAfter().toMinutes()));
    refuseAt("notice", ScheduleRules.noticeProblem(policy.minimumNotice().toMinutes()));
    refuseAt("horizon", ScheduleRules.horizonProblem(policy.horizonDays()));
    refuseAt("cap", ScheduleRules.capProblem(policy.maxBookingsPerDay()));
    refuseAt(
        "cancellation", ScheduleRules.cancellationProblem(policy.cancellationWindow().toHours()));
    refuseAt("reschedules", ScheduleRules.reschedulesProblem(policy.rescheduleLimit()));
  }

  private static void refuseAt(String field, @Nullable String problem) {
    if (problem != null) {
      throw new InvalidRequestException(field, problem);
    }
  }

  private void requireNoOverlap(
      UUID shopId, UUID mechanicId, WindowHours hours, @Nullable UUID ignoring) {
    windows.findByShopIdAndMechanicId(shopId, mechanicId).stream()
        .filter(w -> !w.getId().equals(ignoring))
        .filter(w -> overlap(hours(w), hours))
        .findFirst()
        .ifPresent(
            w -> {
              throw new InvalidRequestException("start", "That overlaps " + describe(hours(w)));
            });
  }

  private static void requireNoOverlapWithin(List<WindowHours> week) {
    for (int i = 0; i < week.size(); i++) {
      for (int j = i + 1; j < week.size(); j++) {
        if (overlap(week.get(i), week.get(j))) {
          throw new InvalidRequestException(
              "start",
              describe(week.get(i)) + " overlaps " + describe(week.get(j)) + " in that week");
        }
      }
    }
  }

  static boolean overlap(WindowHours a, WindowHours b) {
    return a.day() == b.day()
        && EndOfDay.startsBefore(a.start(), b.end())
        && EndOfDay.startsBefore(b.start(), a.end())
        && (a.validTo() == null || b.validFrom() == null || !a.validTo().isBefore(b.validFrom()))
        && (b.validTo() == null || a.validFrom() == null || !b.validTo().isBefore(a.validFrom()));
  }

  /** "Tuesday 08:00–12:00". */
  static String describe(WindowHours hours) {
    return hours.describe();
  }

  private static boolean overlaps(WindowHours hours, LocalDate from, LocalDate to) {
    return (hours.validFrom() == null || !hours.validFrom().isAfter(to))
        && (hours.validTo() == null || !hours.validTo().isBefore(from));
  }

  /** Trims the mechanic's windows so none is valid between {@code from} and {@code to}. */
  private void clearRange(UUID shopId, UUID mechanicId, LocalDate from, @Nullable LocalDate to) {
    List<WindowHours> tails = new ArrayList<>();
    for (AvailabilityWindowEntity w : windows.findByShopIdAndMechanicId(shopId, mechanicId)) {
      WindowHours hours = hours(w);
      boolean endsBefore = hours.validTo() != null && hours.validTo().isBefore(from);
      boolean startsAfter =
          to != null && hours.validFrom() != null && hours.validFrom().isAfter(to);
      if (endsBefore || startsAfter) {
        continue;
      }
      if (hours.validFrom() == null || hours.validFrom().isBefore(from)) {
        apply(w, hours.valid(hours.validFrom(), from.minusDays(1)));
        windows.save(w);
      } else {
        windows.delete(w);
      }
      if (to != null && (hours.validTo() == null || hours.validTo().isAfter(to))) {
        tails.add(hours.valid(to.plusDays(1), hours.validTo()));
      }
    }
    // Hibernate inserts before it updates or deletes: the trimmed windows must reach the database
    // before the new ones, or the exclusion constraint would see both.
    windows.flush();
    for (WindowHours tail : tails) {
      var window = new AvailabilityWindowEntity(shopId, mechanicId);
      apply(window, tail);
      windows.save(window);
    }
  }

  private void saveWindow(AvailabilityWindowEntity window) {
    try {
      windows.saveAndFlush(window);
    } catch (DataIntegrityViolationException e) {
      throw new InvalidRequestException(
          "start", "That overlaps another window; it may have just been added");
    }
  }

  // --- access

  private void requireMember(UUID shopId) {
    membership.requireMember(shopId);
  }

  private void requireCanSee(UUID shopId, UUID mechanicId) {
    requireCanEdit(shopId, mechanicId);
  }

  /** The owner edits any of the shop's mechanics; a mechanic edits only their own hours. */
  private void requireCanEdit(UUID shopId, UUID mechanicId) {
    UUID me = CurrentUser.require().id();
    boolean owner = membership.requireMember(shopId).owner();
    boolean allowed =
        membership.mechanicsOf(shopId).contains(mechanicId) && (me.equals(mechanicId) || owner);
    if (!allowed) {
      throw new InvalidRequestException("You can't change that schedule");
    }
  }

  private AvailabilityWindowEntity editableWindow(UUID windowId) {
    AvailabilityWindowEntity window =
        windows
            .findById(windowId)
            .orElseThrow(
                () -> new InvalidRequestException("That window is gone; someone just removed it"));
    requireCanEdit(window.getShopId(), window.getMechanicId());
    return window;
  }

  private BookingPolicy policyOf(UUID shopId) {
    return policies
        .findByShopId(shopId)
        .map(BookingPolicyEntity::toPolicy)
        .orElse(BookingPolicy.DEFAULT);
  }

  private void changed(UUID shopId) {
    events.publishEvent(new ScheduleChanged(shopId, CurrentUser.require().id()));
  }

  // --- mapping

  private static final Comparator<ScheduleWindow> WINDOW_ORDER =
      Comparator.comparing((ScheduleWindow w) -> w.hours().day())
          .thenComparing(w -> w.hours().start());

  private static void apply(AvailabilityWindowEntity window, WindowHours hours) {
    window.set(
        hours.day(),
        hours.start(),
        hours.end(),
        hours.multiplier(),
        hours.validFrom(),
        hours.validTo());
  }

  private static WindowHours hours(AvailabilityWindowEntity w) {
    return new WindowHours(
        w.getDay(),
        w.getStartTime(),
        w.getEndTime(),
        w.getMultiplier(),
        w.getValidFrom(),
        w.getValidTo());
  }

  static ScheduleWindow window(AvailabilityWindowEntity w) {
    return new ScheduleWindow(w.getId(), w.getMechanicId(), hours(w));
  }

  static ScheduleOverride override(ScheduleOverrideEntity o) {
    return new ScheduleOverride(
        o.getId(),
        o.getMechanicId(),
        o.getDate(),
        o.getStartTime(),
        o.getEndTime(),
        o.getMultiplier(),
        o.getReason());
  }

  static TimeOff timeOff(TimeOffEntity t) {
    return new TimeOff(
        t.getId(), t.getMechanicId(), t.getFirstDay(), t.getLastDay(), t.getReason());
  }

  private static ScheduleTemplate template(ScheduleTemplateEntity t) {
    return new ScheduleTemplate(
        t.getId(),
        t.getName(),
        t.getWindows().stream()
            .map(
                w ->
                    WindowHours.weekly(
                        w.getDay(), w.getStartTime(), w.getEndTime(), w.getMultiplier()))
            .toList());
  }
}

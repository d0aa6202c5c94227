package com.otopair.scheduling.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.Formats;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.LiveUpdates;
import com.otopair.base.Roles;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.calendar.CalendarEvent;
import com.otopair.base.ui.calendar.CalendarView;
import com.otopair.base.ui.calendar.FullCalendar;
import com.otopair.base.ui.calendar.VisibleRange;
import com.otopair.scheduling.Availability;
import com.otopair.scheduling.BookedTimesChanged;
import com.otopair.scheduling.ScheduleChanged;
import com.otopair.scheduling.ScheduleWindow;
import com.otopair.scheduling.ShopHours;
import com.otopair.scheduling.ShopSchedule;
import com.otopair.scheduling.Slot;
import com.otopair.scheduling.WindowHours;
import com.otopair.shops.CurrentShop;
import com.otopair.shops.Offering;
import com.otopair.shops.ServiceMenu;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The schedule builder: a week calendar of the mechanics' hours. Drag on the calendar to add hours,
 * drag or resize them to change them, click them to set the price or delete them; every change
 * saves at once and the last one can be undone. Open builders of the same shop update live.
 */
@Route("schedule")
@PageTitle("scheduling.schedule.title")
@Menu(order = 15, icon = "vaadin:calendar-clock", title = "scheduling.menu.schedule")
@RolesAllowed({Roles.SHOP_OWNER, Roles.MECHANIC})
class ScheduleView extends Main {

  /** The option of the mechanic filter that shows everyone, named in the page's language. */
  final ShopSchedule.Mechanic everyone =
      new ShopSchedule.Mechanic(new UUID(0, 0), getTranslation("scheduling.schedule.everyone"));

  final FullCalendar calendar;
  final Select<ShopSchedule.Mechanic> mechanic = new Select<>();
  final Button undo =
      new Button(getTranslation("scheduling.schedule.undo"), VaadinIcon.ROTATE_LEFT.create());

  /** The less frequent changes; on a narrow screen they fold into the menu's overflow. */
  final MenuBar actions = new MenuBar();

  final MenuItem timeOff =
      action(
          VaadinIcon.AIRPLANE,
          "scheduling.schedule.action.time-off",
          () -> new TimeOffDialog(this).open());
  final MenuItem changeDay =
      action(
          VaadinIcon.CALENDAR_O,
          "scheduling.schedule.action.change-day",
          () -> new DayChangeDialog(this).open());
  final MenuItem copyWeek =
      action(
          VaadinIcon.COPY_O,
          "scheduling.schedule.action.copy-week",
          () -> new CopyWeekDialog(this).open());
  final MenuItem templates =
      action(
          VaadinIcon.ARCHIVES,
          "scheduling.schedule.action.templates",
          () -> new TemplatesDialog(this).open());
  final MenuItem policy =
      action(
          VaadinIcon.COG_O,
          "scheduling.schedule.action.policy",
          () -> new PolicyDialog(this).open());
  final Select<Offering> preview = new Select<>();

  private final ScheduleServices services;
  private final Availability availability;
  private final @Nullable ShopDetails shop;
  private @Nullable ShopSchedule schedule;
  private @Nullable Undo lastChange;

  /** How to take back the last change, and what to call it. */
  record Undo(String what, Runnable action) {}

  ScheduleView(
      ScheduleServices services,
      Availability availability,
      ShopService shops,
      ServiceMenu menu,
      CurrentShop current,
      LiveUpdates live,
      Clock clock) {
    this.services = services;
    this.availability = availability;
    addClassNames("otopair-page", "otopair-schedule");
    calendar = new FullCalendar(clock);
    List<ShopDetails> mine = shops.myShops();
    shop = current.among(mine).orElse(null);
    if (shop == null) {
      add(
          ScheduleParts.card(
              "scheduling.schedule.no-shop.title",
              "scheduling.schedule.no-shop.text",
              new Anchor("shop/setup", getTranslation("scheduling.schedule.no-shop.action"))));
      return;
    }
    ShopSchedule first = load(LocalDate.now(clock), LocalDate.now(clock).plusDays(7));
    if (first.mechanics().isEmpty()) {
      add(
          ScheduleParts.card(
              "scheduling.schedule.no-mechanics.title",
              "scheduling.schedule.no-mechanics.text",
              new Anchor("team", getTranslation("scheduling.schedule.no-mechanics.action"))));
      return;
    }

    var heading = new H2(getTranslation("scheduling.schedule.heading", shop.name()));
    heading.addClassName("otopair-page-title");
    var hint =
        new Paragraph(
            getTranslation("scheduling.schedule.hint", Formats.current().zone(first.zone())));
    hint.addClassName("otopair-hint");

    mechanic.setLabel(getTranslation("scheduling.schedule.mechanic"));
    mechanic.setItemLabelGenerator(ShopSchedule.Mechanic::name);
    if (first.managesShop()) {
      mechanic.setItems(Stream.concat(Stream.of(everyone), first.mechanics().stream()).toList());
      mechanic.setValue(everyone);
    } else {
      mechanic.setItems(first.mechanics());
      mechanic.setValue(first.mechanics().getFirst());
      mechanic.setVisible(false);
    }
    mechanic.addValueChangeListener(
        e -> {
          fitView();
          refresh();
        });
    mechanic.setId("schedule-mechanic");

    undo.setEnabled(false);
    undo.setId("schedule-undo");
    undo.addClickListener(e -> undoLastChange());
    templates.setVisible(first.managesShop());
    policy.setVisible(first.managesShop());
    undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    actions.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
    actions.setId("schedule-actions");
    preview.setLabel(getTranslation("scheduling.schedule.preview.label"));
    preview.setEmptySelectionAllowed(true);
    preview.setEmptySelectionCaption(getTranslation("scheduling.schedule.preview.none"));
    preview.setItems(menu.publicMenu(shop.id()));
    preview.setItemLabelGenerator(
        o ->
            o == null
                ? getTranslation("scheduling.schedule.preview.none")
                : getTranslation(
                    "scheduling.schedule.preview.item",
                    o.name(),
                    Formats.current().duration(o.durationMinutes())));
    preview.setTooltipText(getTranslation("scheduling.schedule.preview.tooltip"));
    preview.setId("schedule-preview");
    preview.setVisible(!menu.publicMenu(shop.id()).isEmpty());
    preview.addValueChangeListener(
        e -> {
          // Previewing shows what customers see; drawing resumes when the preview is off.
          calendar.setSelectable(e.getValue() == null);
          // One row per slot step, so each slot gets a line of its own.
          calendar.setSlotDuration(
              e.getValue() == null ? Duration.ofMinutes(30) : schedule().policy().step());
          refresh();
        });
    var toolbar = new HorizontalLayout(mechanic, preview, undo, actions);
    toolbar.setWrap(true);
    toolbar.setFlexGrow(1, actions);
    actions.setMinWidth("3em");
    toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
    toolbar.addClassName("otopair-schedule-toolbar");

    ScheduleParts.configure(
        calendar, shop, first.zone(), LocalDate.now(clock.withZone(first.zone())));
    fitView();
    calendar.addDatesSetListener(e -> refresh());
    new CalendarGestures(this).listenTo(calendar);

    var week = new Div(calendar, ScheduleParts.openingHoursCard(shop));
    week.addClassName("otopair-schedule-week");
    add(heading, hint, toolbar, ScheduleParts.legend(), week);
    UUID me = CurrentUser.require().id();
    live.subscribe(
        this,
        ScheduleChanged.class,
        event -> {
          if (event.shopId().equals(shop.id())) {
            refresh();
            if (!event.changedBy().equals(me)) {
              Feedback.success(getTranslation("scheduling.schedule.updated-by-colleague"));
            }
          }
        });
    live.subscribe(
        this,
        BookedTimesChanged.class,
        event -> {
          if (event.shopId().equals(shop.id())) {
            refresh();
          }
        });
    refresh();
  }

  private MenuItem action(VaadinIcon icon, String labelKey, Runnable open) {
    var content = new Span(icon.create(), new Span(getTranslation(labelKey)));
    content.addClassName("otopair-menu-action");
    return actions.addItem(content, e -> open.run());
  }

  // --- what the view shows

  ShopDetails shop() {
    return Objects.requireNonNull(shop);
  }

  ShopSchedule schedule() {
    return Objects.requireNonNull(schedule);
  }

  /** The services the dialogs change the schedule through. */
  ScheduleServices services() {
    return services;
  }

  /** The shop's posted opening hours, which bound its in-shop services. */
  ShopHours openingHours() {
    return ShopHours.posted(shop().openingHours());
  }

  /** The Monday of the week on screen. */
  LocalDate weekStart() {
    return calendar.getDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The mechanic chosen in the filter, if one is. */
  Optional<ShopSchedule.Mechanic> chosenMechanic() {
    return Optional.ofNullable(mechanic.getValue()).filter(m -> m != everyone);
  }

  /**
   * One mechanic's hours fit a week; the whole team's sit side by side, so they get a day of their
   * own, where each name has room (the toolbar still switches to the week).
   */
  private void fitView() {
    boolean team = chosenMechanic().isEmpty() && schedule().mechanics().size() > 1;
    calendar.setView(team ? CalendarView.DAY : CalendarView.WEEK);
  }

  void refresh() {
    VisibleRange range = calendar.getVisibleRange();
    ShopSchedule loaded = load(range.start(), range.end().minusDays(1));
    Set<UUID> shown =
        chosenMechanic()
            .map(m -> Set.of(m.id()))
            .orElseGet(
                () ->
                    loaded.mechanics().stream()
                        .map(ShopSchedule.Mechanic::id)
                        .collect(Collectors.toSet()));
    List<CalendarEvent> events =
        new ArrayList<>(
            ScheduleEvents.of(
                loaded,
                shown,
                range.start(),
                range.end(),
                preview.getValue() != null,
                openingHours()));
    Offering service = preview.getValue();
    if (service != null) {
      List<Slot> slots =
          availability.slots(
              shop().id(),
              service,
              chosenMechanic().map(ShopSchedule.Mechanic::id).orElse(null),
              range.start(),
              range.end().minusDays(1));
      events.addAll(ScheduleEvents.slots(slots, loaded.zone(), loaded.policy().step()));
    }
    calendar.setEvents(events);
  }

  private ShopSchedule load(LocalDate from, LocalDate to) {
    schedule = services.schedules().schedule(shop().id(), from, to);
    return schedule;
  }

  // --- changes

  /**
   * Runs a change, remembers how to undo it, and says it's done. A refusal goes back to the caller:
   * a dialog shows it next to the field it names and stays open; see {@link #attempt} for changes
   * made on the calendar itself.
   */
  void change(String done, Supplier<@Nullable Undo> action) {
    Undo undoIt = action.get();
    if (undoIt != null) {
      lastChange = undoIt;
      undo.setEnabled(true);
      undo.setTooltipText(getTranslation("scheduling.schedule.undo.tooltip", undoIt.what()));
    }
    Feedback.success(done);
    refresh();
  }

  /**
   * Runs a change that has no field to show a refusal next to (drawn, dragged or removed on the
   * calendar): a refusal is said in a notification and the calendar goes back to what is saved.
   *
   * @return whether the change went through
   */
  boolean attempt(Runnable change) {
    try {
      change.run();
      return true;
    } catch (InvalidRequestException refused) {
      Feedback.error(refused.getMessage());
      refresh();
      return false;
    }
  }

  private void undoLastChange() {
    Undo undoIt = lastChange;
    if (undoIt == null) {
      return;
    }
    try {
      undoIt.action().run();
      Feedback.success(getTranslation("scheduling.schedule.undone", undoIt.what()));
    } catch (InvalidRequestException refused) {
      Feedback.error(getTranslation("scheduling.schedule.undo-failed", refused.getMessage()));
    }
    lastChange = null;
    undo.setEnabled(false);
    undo.setTooltipText(null);
    refresh();
  }

  void addWindow(ShopSchedule.Mechanic who, WindowHours hours) {
    change(
        getTranslation("scheduling.window.added", hours.describe(), who.name()),
        () -> {
          ScheduleWindow added = services.weeklyHours().addWindow(shop().id(), who.id(), hours);
          return new Undo(
              getTranslation("scheduling.window.undo.add", hours.describe()),
              () -> services.weeklyHours().deleteWindow(added.id()));
        });
  }

  void updateWindow(ScheduleWindow window, WindowHours hours) {
    change(
        getTranslation("scheduling.window.saved", hours.describe()),
        () -> {
          ScheduleWindow before = services.weeklyHours().updateWindow(window.id(), hours);
          return new Undo(
              getTranslation("scheduling.window.undo.change", before.hours().describe()),
              () -> services.weeklyHours().updateWindow(window.id(), before.hours()));
        });
  }

  void deleteWindow(ScheduleWindow window) {
    change(
        getTranslation("scheduling.window.deleted", window.hours().describe()),
        () -> {
          ScheduleWindow deleted = services.weeklyHours().deleteWindow(window.id());
          return new Undo(
              getTranslation("scheduling.window.undo.delete", deleted.hours().describe()),
              () ->
                  services
                      .weeklyHours()
                      .addWindow(shop().id(), deleted.mechanicId(), deleted.hours()));
        });
  }
}

package com.otopair.scheduling.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Feedback;
import com.otopair.scheduling.BookingPolicy;
import com.otopair.scheduling.ScheduleOverride;
import com.otopair.scheduling.ScheduleTemplate;
import com.otopair.scheduling.ScheduleWindow;
import com.otopair.scheduling.ShopSchedule;
import com.otopair.scheduling.TimeOff;
import com.otopair.scheduling.WindowHours;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** The schedule builder's dialogs, each for one change, saved in one go. */
final class ScheduleDialogs {

  private ScheduleDialogs() {}

  /** Hours drawn while all mechanics are shown: for whom, at what price? */
  static void newWindow(ScheduleView view, WindowHours hours) {
    var dialog = dialog("New hours: " + ScheduleView.describe(hours));
    Select<ShopSchedule.Mechanic> who = mechanicField(view);
    BigDecimalField multiplier = multiplierField(hours.multiplier());
    dialog.add(form(who, multiplier));
    footer(
        dialog,
        "Add hours",
        () -> {
          if (who.getValue() == null) {
            who.setErrorMessage("Choose a mechanic");
            who.setInvalid(true);
            return false;
          }
          view.addWindow(who.getValue(), hours.withMultiplier(value(multiplier)));
          return true;
        });
    dialog.open();
  }

  /** A window's price and validity, or its deletion. */
  static void editWindow(ScheduleView view, ScheduleWindow window) {
    WindowHours hours = window.hours();
    String name = nameOf(view, window.mechanicId());
    var dialog = dialog(name + ": " + ScheduleView.describe(hours));
    BigDecimalField multiplier = multiplierField(hours.multiplier());
    var from = new DatePicker("Valid from");
    from.setValue(hours.validFrom());
    from.setHelperText("Empty: from now on");
    var to = new DatePicker("Valid until");
    to.setValue(hours.validTo());
    to.setHelperText("Empty: no end");
    dialog.add(form(multiplier, from, to));
    var delete =
        new Button(
            "Delete",
            e -> {
              dialog.close();
              view.deleteWindow(window);
            });
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    delete.setId("window-delete");
    dialog.getFooter().add(delete);
    footer(
        dialog,
        "Save",
        () -> {
          view.updateWindow(
              window,
              hours.withMultiplier(value(multiplier)).valid(from.getValue(), to.getValue()));
          return true;
        });
    dialog.open();
  }

  static void timeOff(ScheduleView view) {
    var dialog = dialog("Time off");
    Select<ShopSchedule.Mechanic> who = mechanicField(view);
    var first = new DatePicker("First day");
    first.setValue(view.weekStart());
    var last = new DatePicker("Last day");
    last.setValue(view.weekStart());
    var reason = new TextField("Reason");
    reason.setPlaceholder("Vacation");
    reason.setMaxLength(200);
    dialog.add(form(who, first, last, reason));
    footer(
        dialog,
        "Add time off",
        () ->
            save(
                Map.of("firstDay", first, "lastDay", last, "reason", reason),
                () -> {
                  TimeOff added =
                      view.schedules()
                          .addTimeOff(
                              view.shop().id(),
                              required(who).id(),
                              required(first, "Pick the first day"),
                              required(last, "Pick the last day"),
                              reason.getValue());
                  view.change(
                      "Time off saved for " + required(who).name(),
                      () ->
                          new ScheduleView.Undo(
                              "time off", () -> view.schedules().removeTimeOff(added.id())));
                }));
    dialog.open();
  }

  static void changeDay(ScheduleView view) {
    var dialog = dialog("Change a day");
    dialog.add(
        new Paragraph(
            "Other hours, or a day off, on one date; the weekly hours of that date don't apply."));
    Select<ShopSchedule.Mechanic> who = mechanicField(view);
    var date = new DatePicker("Date");
    date.setValue(view.weekStart());
    var off = new Checkbox("Day off", true);
    var start = new TimePicker("From");
    start.setStep(Duration.ofMinutes(15));
    start.setValue(LocalTime.of(8, 0));
    var end = new TimePicker("Until");
    end.setStep(Duration.ofMinutes(15));
    end.setValue(LocalTime.of(12, 0));
    end.setHelperText("12:00 AM: until midnight");
    start.setEnabled(false);
    end.setEnabled(false);
    off.addValueChangeListener(
        e -> {
          start.setEnabled(!e.getValue());
          end.setEnabled(!e.getValue());
        });
    var reason = new TextField("Reason");
    reason.setMaxLength(200);
    dialog.add(form(who, date, off, start, end, reason));
    footer(
        dialog,
        "Save the day",
        () ->
            save(
                Map.of("end", end, "reason", reason),
                () -> {
                  ShopSchedule.Mechanic mechanic = required(who);
                  LocalDate day = required(date, "Pick a date");
                  var before =
                      view.schedules()
                          .setOverride(
                              view.shop().id(),
                              mechanic.id(),
                              day,
                              off.getValue() ? null : start.getValue(),
                              off.getValue() ? null : end.getValue(),
                              BigDecimal.ONE,
                              reason.getValue());
                  view.change(
                      "Saved " + day + " for " + mechanic.name(),
                      () ->
                          new ScheduleView.Undo(
                              "change of " + day,
                              () -> {
                                var now =
                                    view
                                        .schedules()
                                        .schedule(view.shop().id(), day, day)
                                        .overrides()
                                        .stream()
                                        .filter(o -> o.mechanicId().equals(mechanic.id()))
                                        .findFirst();
                                now.ifPresent(o -> view.schedules().removeOverride(o.id()));
                                before.ifPresent(
                                    b ->
                                        view.schedules()
                                            .setOverride(
                                                view.shop().id(),
                                                b.mechanicId(),
                                                b.date(),
                                                b.start(),
                                                b.end(),
                                                b.multiplier(),
                                                b.reason()));
                              }));
                }));
    dialog.open();
  }

  static void removeOverride(ScheduleView view, ScheduleOverride override) {
    var dialog =
        dialog(
            nameOf(view, override.mechanicId())
                + ": "
                + (override.isDayOff() ? "day off" : "other hours")
                + " on "
                + override.date());
    if (!override.reason().isBlank()) {
      dialog.add(new Paragraph(override.reason()));
    }
    footer(
        dialog,
        "Back to the weekly hours",
        () -> {
          view.change(
              "The weekly hours apply again on " + override.date(),
              () -> {
                ScheduleOverride removed = view.schedules().removeOverride(override.id());
                return new ScheduleView.Undo(
                    "change of " + removed.date(),
                    () ->
                        view.schedules()
                            .setOverride(
                                view.shop().id(),
                                removed.mechanicId(),
                                removed.date(),
                                removed.start(),
                                removed.end(),
                                removed.multiplier(),
                                removed.reason()));
              });
          return true;
        });
    dialog.open();
  }

  static void removeTimeOff(ScheduleView view, TimeOff off) {
    var dialog =
        dialog(
            nameOf(view, off.mechanicId())
                + ": time off "
                + off.firstDay()
                + " to "
                + off.lastDay());
    if (!off.reason().isBlank()) {
      dialog.add(new Paragraph(off.reason()));
    }
    footer(
        dialog,
        "Cancel the time off",
        () -> {
          view.change(
              "Time off cancelled",
              () -> {
                TimeOff removed = view.schedules().removeTimeOff(off.id());
                return new ScheduleView.Undo(
                    "cancelled time off",
                    () ->
                        view.schedules()
                            .addTimeOff(
                                view.shop().id(),
                                removed.mechanicId(),
                                removed.firstDay(),
                                removed.lastDay(),
                                removed.reason()));
              });
          return true;
        });
    dialog.open();
  }

  /** Copies one mechanic's hours of the week on screen to mechanics, from a day on. */
  static void copyWeek(ScheduleView view) {
    var dialog = dialog("Copy this week");
    Select<ShopSchedule.Mechanic> source = mechanicField(view);
    source.setLabel("Hours of");
    MultiSelectComboBox<ShopSchedule.Mechanic> targets = targetsField(view);
    var from = new DatePicker("From");
    from.setValue(view.weekStart().plusWeeks(1));
    var to = new DatePicker("Until");
    to.setHelperText("Empty: no end");
    dialog.add(
        new Paragraph(
            "Their hours in the week of "
                + view.weekStart()
                + " replace the chosen mechanics' hours in that period."),
        form(source, targets, from, to));
    footer(
        dialog,
        "Copy",
        () ->
            save(
                Map.of("mechanics", targets, "to", to),
                () -> {
                  List<WindowHours> week =
                      view.schedules()
                          .weekOf(view.shop().id(), required(source).id(), view.weekStart());
                  if (week.isEmpty()) {
                    throw new InvalidRequestException("That week has no hours to copy");
                  }
                  view.change(
                      "Copied to " + targets.getValue().size() + " mechanic(s)",
                      () -> {
                        view.schedules()
                            .applyWeek(
                                view.shop().id(),
                                week,
                                ids(targets.getValue()),
                                required(from, "Pick the first day"),
                                to.getValue());
                        return null;
                      });
                }));
    dialog.open();
  }

  static void templates(ScheduleView view) {
    var dialog = dialog("Templates");
    var list = new Div();
    list.addClassName("otopair-template-list");
    Runnable[] fill = new Runnable[1];
    fill[0] =
        () -> {
          list.removeAll();
          List<ScheduleTemplate> saved = view.schedules().templates(view.shop().id());
          if (saved.isEmpty()) {
            list.add(new Paragraph("No templates yet. Save a mechanic's week below to reuse it."));
          }
          for (ScheduleTemplate template : saved) {
            var apply = new Button("Apply…", e -> applyTemplate(view, template));
            apply.addThemeVariants(ButtonVariant.LUMO_SMALL);
            var delete =
                new Button(
                    "Delete",
                    e -> {
                      if (Feedback.run(
                          () -> view.schedules().deleteTemplate(template.id()),
                          "Deleted " + template.name())) {
                        fill[0].run();
                      }
                    });
            delete.addThemeVariants(
                ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            var row =
                new Div(
                    new Span(template.name() + " · " + template.windows().size() + " windows"),
                    apply,
                    delete);
            row.addClassName("otopair-member-row");
            list.add(row);
          }
        };
    fill[0].run();
    Select<ShopSchedule.Mechanic> source = mechanicField(view);
    source.setLabel("Save the week on screen of");
    var name = new TextField("Template name");
    name.setPlaceholder("Winter hours");
    name.setMaxLength(60);
    var save =
        new Button(
            "Save as template",
            e ->
                save(
                    Map.of("name", name),
                    () -> {
                      ScheduleTemplate saved =
                          view.schedules()
                              .saveTemplate(
                                  view.shop().id(),
                                  name.getValue(),
                                  view.schedules()
                                      .weekOf(
                                          view.shop().id(),
                                          required(source).id(),
                                          view.weekStart()));
                      Feedback.success("Saved " + saved.name());
                      name.clear();
                      fill[0].run();
                    }));
    save.setId("save-template");
    dialog.add(list, form(source, name), save);
    var close = new Button("Close", e -> dialog.close());
    dialog.getFooter().add(close);
    dialog.open();
  }

  private static void applyTemplate(ScheduleView view, ScheduleTemplate template) {
    var dialog = dialog("Apply " + template.name());
    MultiSelectComboBox<ShopSchedule.Mechanic> targets = targetsField(view);
    var from = new DatePicker("From");
    from.setValue(view.weekStart());
    var to = new DatePicker("Until");
    to.setHelperText("Empty: no end");
    dialog.add(form(targets, from, to));
    footer(
        dialog,
        "Apply",
        () ->
            save(
                Map.of("mechanics", targets, "to", to),
                () ->
                    view.change(
                        "Applied " + template.name(),
                        () -> {
                          view.schedules()
                              .applyTemplate(
                                  template.id(),
                                  ids(targets.getValue()),
                                  required(from, "Pick the first day"),
                                  to.getValue());
                          return null;
                        })));
    dialog.open();
  }

  static void policy(ScheduleView view) {
    BookingPolicy current = view.schedules().policy(view.shop().id());
    var dialog = dialog("Booking policy");
    var step = minutes("Slots start every (minutes)", current.step());
    var before = minutes("Free before each booking (minutes)", current.bufferBefore());
    var after = minutes("Free after each booking (minutes)", current.bufferAfter());
    var notice = minutes("Minimum notice (minutes)", current.minimumNotice());
    var horizon = integer("Book up to (days ahead)", current.horizonDays());
    var cap = new IntegerField("Most bookings per mechanic a day");
    cap.setValue(current.maxBookingsPerDay());
    cap.setHelperText("Empty: no limit");
    var cancellation =
        integer(
            "Free cancellation until (hours before)", (int) current.cancellationWindow().toHours());
    var reschedules = integer("Reschedules allowed per booking", current.rescheduleLimit());
    dialog.add(form(step, before, after, notice, horizon, cap, cancellation, reschedules));
    Map<String, HasValidation> fields = new HashMap<>();
    fields.put("step", step);
    fields.put("buffer", after);
    fields.put("notice", notice);
    fields.put("horizon", horizon);
    fields.put("cap", cap);
    fields.put("cancellation", cancellation);
    fields.put("reschedules", reschedules);
    footer(
        dialog,
        "Save policy",
        () ->
            save(
                fields,
                () -> {
                  view.schedules()
                      .updatePolicy(
                          view.shop().id(),
                          new BookingPolicy(
                              Duration.ofMinutes(number(step)),
                              Duration.ofMinutes(number(before)),
                              Duration.ofMinutes(number(after)),
                              Duration.ofMinutes(number(notice)),
                              number(horizon),
                              cap.getValue(),
                              Duration.ofHours(number(cancellation)),
                              number(reschedules)));
                  Feedback.success("Booking policy saved");
                }));
    dialog.open();
  }

  // --- pieces

  private static Dialog dialog(String title) {
    var dialog = new Dialog(title);
    dialog.addClassName("otopair-dialog");
    dialog.setCloseOnOutsideClick(false);
    return dialog;
  }

  private static FormLayout form(com.vaadin.flow.component.Component... fields) {
    var form = new FormLayout(fields);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("420px", 2));
    return form;
  }

  /** Cancel and a primary button that closes the dialog when its action says it succeeded. */
  private static void footer(Dialog dialog, String label, java.util.function.BooleanSupplier ok) {
    var cancel = new Button("Cancel", e -> dialog.close());
    var primary =
        new Button(
            label,
            e -> {
              if (ok.getAsBoolean()) {
                dialog.close();
              }
            });
    primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    primary.setId("dialog-save");
    dialog.getFooter().add(cancel, primary);
  }

  /** Runs a save, showing a refusal next to its field; true when it went through. */
  private static boolean save(Map<String, ? extends HasValidation> fields, Runnable action) {
    fields.values().forEach(f -> f.setInvalid(false));
    try {
      action.run();
      return true;
    } catch (InvalidRequestException refused) {
      Feedback.show(refused, fields);
      return false;
    }
  }

  private static Select<ShopSchedule.Mechanic> mechanicField(ScheduleView view) {
    var field = new Select<ShopSchedule.Mechanic>();
    field.setLabel("Mechanic");
    field.setItems(view.schedule().mechanics());
    field.setItemLabelGenerator(ShopSchedule.Mechanic::name);
    field.setValue(view.chosenMechanic().orElse(view.schedule().mechanics().getFirst()));
    field.setVisible(view.schedule().mechanics().size() > 1);
    return field;
  }

  private static MultiSelectComboBox<ShopSchedule.Mechanic> targetsField(ScheduleView view) {
    var field = new MultiSelectComboBox<ShopSchedule.Mechanic>("To");
    field.setItems(view.schedule().mechanics());
    field.setItemLabelGenerator(ShopSchedule.Mechanic::name);
    field.setPlaceholder("Choose mechanics");
    if (view.schedule().mechanics().size() == 1) {
      field.setValue(Set.of(view.schedule().mechanics().getFirst()));
    }
    return field;
  }

  private static BigDecimalField multiplierField(BigDecimal value) {
    var field = new BigDecimalField("Price multiplier");
    field.setValue(value);
    field.setHelperText("1 is the standard price; 1.5 for peak hours, 0.8 off-peak");
    field.setId("window-multiplier");
    return field;
  }

  private static IntegerField minutes(String label, Duration value) {
    return integer(label, (int) value.toMinutes());
  }

  private static IntegerField integer(String label, int value) {
    var field = new IntegerField(label);
    field.setValue(value);
    field.setMin(0);
    field.setStepButtonsVisible(true);
    return field;
  }

  private static int number(IntegerField field) {
    if (field.getValue() == null) {
      throw new InvalidRequestException(
          "Fill in “" + Objects.requireNonNullElse(field.getLabel(), "every field") + "”");
    }
    return field.getValue();
  }

  private static BigDecimal value(BigDecimalField field) {
    return Objects.requireNonNullElse(field.getValue(), BigDecimal.ONE);
  }

  private static ShopSchedule.Mechanic required(Select<ShopSchedule.Mechanic> field) {
    if (field.getValue() == null) {
      throw new InvalidRequestException("Choose a mechanic");
    }
    return field.getValue();
  }

  private static LocalDate required(DatePicker field, String message) {
    if (field.getValue() == null) {
      throw new InvalidRequestException(message);
    }
    return field.getValue();
  }

  private static List<UUID> ids(Set<ShopSchedule.Mechanic> mechanics) {
    return mechanics.stream().map(ShopSchedule.Mechanic::id).toList();
  }

  private static String nameOf(ScheduleView view, UUID mechanicId) {
    return view.schedule().mechanics().stream()
        .filter(m -> m.id().equals(mechanicId))
        .map(ShopSchedule.Mechanic::name)
        .findFirst()
        .orElse("Mechanic");
  }
}

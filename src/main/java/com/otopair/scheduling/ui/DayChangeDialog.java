package com.otopair.scheduling.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.scheduling.EndOfDay;
import com.otopair.scheduling.ShopSchedule;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Other hours, or a day off, on one date for one mechanic. */
class DayChangeDialog extends ScheduleDialog {

  static final class Draft {
    ShopSchedule.@Nullable Mechanic mechanic;
    @Nullable LocalDate date;
    boolean off = true;
    @Nullable LocalTime start = LocalTime.of(8, 0);
    @Nullable LocalTime end = LocalTime.of(12, 0);
    String reason = "";
  }

  final Select<ShopSchedule.Mechanic> mechanic = mechanicField();
  final DatePicker date = datePicker("scheduling.day.date");
  final Checkbox off = new Checkbox(I18n.t("scheduling.day.off"));
  final TimePicker start = new TimePicker(I18n.t("scheduling.dialog.from"));
  final TimePicker end = new TimePicker(I18n.t("scheduling.dialog.until"));
  final TextField reason = new TextField(I18n.t("scheduling.day.reason"));
  private final Paragraph warning = new Paragraph();
  private final Binder<Draft> binder = new Binder<>();
  private final Draft draft = new Draft();

  DayChangeDialog(ScheduleView view) {
    super(view, "scheduling.day.title");
    add(new Paragraph(getTranslation("scheduling.day.intro")));
    start.setStep(Duration.ofMinutes(15));
    end.setStep(Duration.ofMinutes(15));
    end.setHelperText(getTranslation("scheduling.day.end.helper"));
    reason.setMaxLength(200);
    draft.mechanic = mechanic.getValue();
    draft.date = view.weekStart();
    binder
        .forField(mechanic)
        .asRequired(getTranslation("scheduling.dialog.mechanic.required"))
        .bind(d -> d.mechanic, (d, v) -> d.mechanic = v);
    binder
        .forField(date)
        .asRequired(getTranslation("scheduling.day.date.required"))
        .bind(d -> d.date, (d, v) -> d.date = v);
    binder.forField(off).bind(d -> d.off, (d, v) -> d.off = v);
    binder
        .forField(start)
        .withValidator(
            rule(time -> time == null && !off.getValue() ? "scheduling.day.start.required" : null))
        .bind(d -> d.start, (d, v) -> d.start = v);
    binder
        .forField(end)
        .withValidator(
            rule(
                time -> {
                  if (off.getValue()) {
                    return null;
                  }
                  if (time == null) {
                    return "scheduling.day.end.required";
                  }
                  return start.getValue() != null && !EndOfDay.isAfter(time, start.getValue())
                      ? "scheduling.rule.end-after-start"
                      : null;
                }))
        .bind(d -> d.end, (d, v) -> d.end = v);
    binder.forField(reason).bind(d -> d.reason, (d, v) -> d.reason = v);
    binder.setBean(draft);
    start.setEnabled(false);
    end.setEnabled(false);
    off.addValueChangeListener(
        e -> {
          start.setEnabled(!e.getValue());
          end.setEnabled(!e.getValue());
        });
    date.addValueChangeListener(e -> warnAboutHours());
    off.addValueChangeListener(e -> warnAboutHours());
    start.addValueChangeListener(e -> warnAboutHours());
    end.addValueChangeListener(e -> warnAboutHours());
    warnAboutHours();
    add(warning, form(mechanic, date, off, start, end, reason));
    footer(
        "scheduling.day.save",
        () -> submit(binder, Map.of("end", end, "reason", reason), this::save));
  }

  /**
   * Other hours outside the shop's opening hours are allowed, with the same warning as a window.
   */
  private void warnAboutHours() {
    LocalDate day = date.getValue();
    LocalTime from = start.getValue();
    LocalTime until = end.getValue();
    boolean hours =
        day != null
            && !off.getValue()
            && from != null
            && until != null
            && EndOfDay.isAfter(until, from);
    warn(warning, hours ? view.openingHours().warningFor(day.getDayOfWeek(), from, until) : null);
  }

  private void save() {
    ShopSchedule.Mechanic who = Objects.requireNonNull(draft.mechanic);
    LocalDate day = Objects.requireNonNull(draft.date);
    var before =
        view.services()
            .dayChanges()
            .setOverride(
                view.shop().id(),
                who.id(),
                day,
                draft.off ? null : draft.start,
                draft.off ? null : draft.end,
                BigDecimal.ONE,
                draft.reason);
    String when = Formats.current().date(day);
    view.change(
        getTranslation("scheduling.day.saved", when, who.name()),
        () ->
            new ScheduleView.Undo(
                getTranslation("scheduling.day.undo", when),
                () -> {
                  view
                      .services()
                      .schedules()
                      .schedule(view.shop().id(), day, day)
                      .overrides()
                      .stream()
                      .filter(o -> o.mechanicId().equals(who.id()))
                      .findFirst()
                      .ifPresent(o -> view.services().dayChanges().removeOverride(o.id()));
                  before.ifPresent(
                      b ->
                          view.services()
                              .dayChanges()
                              .setOverride(
                                  view.shop().id(),
                                  b.mechanicId(),
                                  b.date(),
                                  b.start(),
                                  b.end(),
                                  b.multiplier(),
                                  b.reason()));
                }));
  }
}

package com.otopair.scheduling.ui;

import com.otopair.base.I18n;
import com.otopair.scheduling.ShopSchedule;
import com.otopair.scheduling.TimeOff;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Whole days away for one mechanic. */
class TimeOffDialog extends ScheduleDialog {

  static final class Draft {
    ShopSchedule.@Nullable Mechanic mechanic;
    @Nullable LocalDate firstDay;
    @Nullable LocalDate lastDay;
    String reason = "";
  }

  final Select<ShopSchedule.Mechanic> mechanic = mechanicField();
  final DatePicker firstDay = datePicker("scheduling.time-off.first-day");
  final DatePicker lastDay = datePicker("scheduling.time-off.last-day");
  final TextField reason = new TextField(I18n.t("scheduling.time-off.reason"));
  private final Binder<Draft> binder = new Binder<>();
  private final Draft draft = new Draft();

  TimeOffDialog(ScheduleView view) {
    super(view, "scheduling.time-off.title");
    reason.setPlaceholder(getTranslation("scheduling.time-off.reason.placeholder"));
    reason.setMaxLength(200);
    draft.mechanic = mechanic.getValue();
    draft.firstDay = view.weekStart();
    draft.lastDay = view.weekStart();
    binder
        .forField(mechanic)
        .asRequired(getTranslation("scheduling.dialog.mechanic.required"))
        .bind(d -> d.mechanic, (d, v) -> d.mechanic = v);
    binder
        .forField(firstDay)
        .asRequired(getTranslation("scheduling.dialog.first-day.required"))
        .bind(d -> d.firstDay, (d, v) -> d.firstDay = v);
    binder
        .forField(lastDay)
        .asRequired(getTranslation("scheduling.time-off.last-day.required"))
        .withValidator(
            rule(
                last ->
                    firstDay.getValue() != null && last.isBefore(firstDay.getValue())
                        ? "scheduling.rule.last-before-first"
                        : null))
        .bind(d -> d.lastDay, (d, v) -> d.lastDay = v);
    binder.forField(reason).bind(d -> d.reason, (d, v) -> d.reason = v);
    binder.setBean(draft);
    add(form(mechanic, firstDay, lastDay, reason));
    footer(
        "scheduling.time-off.save",
        () ->
            submit(
                binder,
                Map.of("firstDay", firstDay, "lastDay", lastDay, "reason", reason),
                () -> {
                  ShopSchedule.Mechanic who = Objects.requireNonNull(draft.mechanic);
                  TimeOff added =
                      view.services()
                          .dayChanges()
                          .addTimeOff(
                              view.shop().id(),
                              who.id(),
                              Objects.requireNonNull(draft.firstDay),
                              Objects.requireNonNull(draft.lastDay),
                              draft.reason);
                  view.change(
                      getTranslation("scheduling.time-off.saved", who.name()),
                      () ->
                          new ScheduleView.Undo(
                              getTranslation("scheduling.time-off.undo"),
                              () -> view.services().dayChanges().removeTimeOff(added.id())));
                }));
  }
}

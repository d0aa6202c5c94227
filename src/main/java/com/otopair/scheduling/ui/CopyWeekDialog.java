package com.otopair.scheduling.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Forms;
import com.otopair.scheduling.ShopSchedule;
import com.otopair.scheduling.WindowHours;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Copies one mechanic's hours of the week on screen to mechanics, from a day on. */
class CopyWeekDialog extends ScheduleDialog {

  static final class Draft {
    ShopSchedule.@Nullable Mechanic source;
    Set<ShopSchedule.Mechanic> targets = Set.of();
    @Nullable LocalDate from;
    @Nullable LocalDate to;
  }

  final Select<ShopSchedule.Mechanic> source = mechanicField();
  final MultiSelectComboBox<ShopSchedule.Mechanic> targets = targetsField();
  final DatePicker from = new DatePicker("From");
  final DatePicker to = new DatePicker("Until");
  private final Binder<Draft> binder = new Binder<>();
  private final Draft draft = new Draft();

  CopyWeekDialog(ScheduleView view) {
    super(view, "Copy this week");
    source.setLabel("Hours of");
    to.setHelperText("Empty: no end");
    draft.source = source.getValue();
    draft.targets = targets.getValue();
    draft.from = view.weekStart().plusWeeks(1);
    binder
        .forField(source)
        .asRequired("Choose a mechanic")
        .bind(d -> d.source, (d, v) -> d.source = v);
    binder
        .forField(targets)
        .withValidator(Forms.rule(chosen -> chosen.isEmpty() ? "Choose the mechanics" : null))
        .bind(d -> d.targets, (d, v) -> d.targets = v);
    binder.forField(from).asRequired("Pick the first day").bind(d -> d.from, (d, v) -> d.from = v);
    binder
        .forField(to)
        .withValidator(
            Forms.rule(
                last ->
                    last != null && from.getValue() != null && last.isBefore(from.getValue())
                        ? "The last day can't be before the first"
                        : null))
        .bind(d -> d.to, (d, v) -> d.to = v);
    binder.setBean(draft);
    add(
        new Paragraph(
            "Their hours in the week of "
                + view.weekStart()
                + " replace the chosen mechanics' hours in that period."),
        form(source, targets, from, to));
    footer(
        "Copy",
        () ->
            submit(
                binder,
                Map.of("mechanics", targets, "to", to),
                () -> {
                  List<WindowHours> week =
                      view.schedules()
                          .weekOf(
                              view.shop().id(),
                              Objects.requireNonNull(draft.source).id(),
                              view.weekStart());
                  if (week.isEmpty()) {
                    throw new InvalidRequestException("That week has no hours to copy");
                  }
                  view.change(
                      "Copied to " + draft.targets.size() + " mechanic(s)",
                      () -> {
                        view.schedules()
                            .applyWeek(
                                view.shop().id(),
                                week,
                                ids(draft.targets),
                                Objects.requireNonNull(draft.from),
                                draft.to);
                        return null;
                      });
                }));
  }
}

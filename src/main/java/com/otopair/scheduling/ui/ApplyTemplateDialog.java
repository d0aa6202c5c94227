package com.otopair.scheduling.ui;

import com.otopair.base.ui.Forms;
import com.otopair.scheduling.ScheduleTemplate;
import com.otopair.scheduling.ShopSchedule;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A saved week applied to mechanics, from a day on. */
class ApplyTemplateDialog extends ScheduleDialog {

  static final class Draft {
    Set<ShopSchedule.Mechanic> targets = Set.of();
    @Nullable LocalDate from;
    @Nullable LocalDate to;
  }

  final MultiSelectComboBox<ShopSchedule.Mechanic> targets = targetsField();
  final DatePicker from = new DatePicker("From");
  final DatePicker to = new DatePicker("Until");
  private final Binder<Draft> binder = new Binder<>();
  private final Draft draft = new Draft();

  ApplyTemplateDialog(ScheduleView view, ScheduleTemplate template) {
    super(view, "Apply " + template.name());
    to.setHelperText("Empty: no end");
    draft.targets = targets.getValue();
    draft.from = view.weekStart();
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
    add(form(targets, from, to));
    footer(
        "Apply",
        () ->
            submit(
                binder,
                Map.of("mechanics", targets, "to", to),
                () ->
                    view.change(
                        "Applied " + template.name(),
                        () -> {
                          view.schedules()
                              .applyTemplate(
                                  template.id(),
                                  ids(draft.targets),
                                  Objects.requireNonNull(draft.from),
                                  draft.to);
                          return null;
                        })));
  }
}

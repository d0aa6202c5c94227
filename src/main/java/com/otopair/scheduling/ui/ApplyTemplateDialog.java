package com.otopair.scheduling.ui;

import com.otopair.scheduling.ScheduleTemplate;
import com.otopair.scheduling.ShopSchedule;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import java.util.Objects;

/** A saved week applied to mechanics, from a day on. */
class ApplyTemplateDialog extends ScheduleDialog {

  static final class Draft extends RangeDraft {}

  final MultiSelectComboBox<ShopSchedule.Mechanic> targets = targetsField();
  final DatePicker from = datePicker("scheduling.dialog.from");
  final DatePicker to = datePicker("scheduling.dialog.until");
  private final Binder<Draft> binder = new Binder<>();
  private final Draft draft = new Draft();

  ApplyTemplateDialog(ScheduleView view, ScheduleTemplate template) {
    super(view, "scheduling.apply.title", template.name());
    to.setHelperText(getTranslation("scheduling.dialog.until.helper"));
    draft.targets = targets.getValue();
    draft.from = view.weekStart();
    bindRange(binder, targets, from, to);
    binder.setBean(draft);
    add(form(targets, from, to));
    footer(
        "scheduling.apply.save",
        () ->
            submit(
                binder,
                Map.of("mechanics", targets, "to", to),
                () ->
                    view.change(
                        getTranslation("scheduling.apply.done", template.name()),
                        () -> {
                          view.services()
                              .scheduleTemplates()
                              .applyTemplate(
                                  template.id(),
                                  ids(draft.targets),
                                  Objects.requireNonNull(draft.from),
                                  draft.to);
                          return null;
                        })));
  }
}

package com.otopair.scheduling.ui;

import com.otopair.base.Formats;
import com.otopair.base.InvalidRequestException;
import com.otopair.scheduling.ShopSchedule;
import com.otopair.scheduling.WindowHours;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Copies one mechanic's hours of the week on screen to mechanics, from a day on. */
class CopyWeekDialog extends ScheduleDialog {

  static final class Draft extends RangeDraft {
    ShopSchedule.@Nullable Mechanic source;
  }

  final Select<ShopSchedule.Mechanic> source = mechanicField();
  final MultiSelectComboBox<ShopSchedule.Mechanic> targets = targetsField();
  final DatePicker from = datePicker("scheduling.dialog.from");
  final DatePicker to = datePicker("scheduling.dialog.until");
  private final Binder<Draft> binder = new Binder<>();
  private final Draft draft = new Draft();

  CopyWeekDialog(ScheduleView view) {
    super(view, "scheduling.copy.title");
    source.setLabel(getTranslation("scheduling.copy.source"));
    to.setHelperText(getTranslation("scheduling.dialog.until.helper"));
    draft.source = source.getValue();
    draft.targets = targets.getValue();
    draft.from = view.weekStart().plusWeeks(1);
    binder
        .forField(source)
        .asRequired(getTranslation("scheduling.dialog.mechanic.required"))
        .bind(d -> d.source, (d, v) -> d.source = v);
    bindRange(binder, targets, from, to);
    binder.setBean(draft);
    add(
        new Paragraph(
            getTranslation("scheduling.copy.intro", Formats.current().date(view.weekStart()))),
        form(source, targets, from, to));
    footer(
        "scheduling.copy.save",
        () ->
            submit(
                binder,
                Map.of("mechanics", targets, "to", to),
                () -> {
                  List<WindowHours> week =
                      view.services()
                          .weeklyHours()
                          .weekOf(
                              view.shop().id(),
                              Objects.requireNonNull(draft.source).id(),
                              view.weekStart());
                  if (week.isEmpty()) {
                    throw new InvalidRequestException("scheduling.copy.empty");
                  }
                  view.change(
                      getTranslation("scheduling.copy.done", draft.targets.size()),
                      () -> {
                        view.services()
                            .weeklyHours()
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

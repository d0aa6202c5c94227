package com.otopair.scheduling.ui;

import com.otopair.scheduling.ScheduleWindow;
import com.otopair.scheduling.WindowHours;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A window's price and validity, or its deletion. */
class HoursDialog extends ScheduleDialog {

  static final class Draft {
    BigDecimal multiplier = BigDecimal.ONE;
    @Nullable LocalDate validFrom;
    @Nullable LocalDate validTo;
  }

  final BigDecimalField multiplier = multiplierField();
  final DatePicker validFrom = datePicker("scheduling.hours.valid-from");
  final DatePicker validTo = datePicker("scheduling.hours.valid-until");
  private final Binder<Draft> binder = new Binder<>();
  private final Draft draft = new Draft();

  HoursDialog(ScheduleView view, ScheduleWindow window) {
    super(
        view,
        "scheduling.hours.title",
        nameOf(view, window.mechanicId()),
        window.hours().describe());
    WindowHours hours = window.hours();
    validFrom.setHelperText(getTranslation("scheduling.hours.valid-from.helper"));
    validTo.setHelperText(getTranslation("scheduling.dialog.until.helper"));
    draft.multiplier = hours.multiplier();
    draft.validFrom = hours.validFrom();
    draft.validTo = hours.validTo();
    bindMultiplier(binder, multiplier, d -> d.multiplier, (d, v) -> d.multiplier = v);
    binder.forField(validFrom).bind(d -> d.validFrom, (d, v) -> d.validFrom = v);
    binder
        .forField(validTo)
        .withValidator(
            rule(
                to ->
                    to != null && validFrom.getValue() != null && to.isBefore(validFrom.getValue())
                        ? "scheduling.rule.last-before-first"
                        : null))
        .bind(d -> d.validTo, (d, v) -> d.validTo = v);
    binder.setBean(draft);
    var warning = warning(view.openingHours().warningFor(hours.day(), hours.start(), hours.end()));
    if (warning != null) {
      add(warning);
    }
    add(form(multiplier, validFrom, validTo));
    var delete =
        new Button(
            getTranslation("scheduling.hours.delete"),
            e -> {
              close();
              view.attempt(() -> view.deleteWindow(window));
            });
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    delete.setId("window-delete");
    getFooter().add(delete);
    footer(
        "scheduling.hours.save",
        () ->
            submit(
                binder,
                // An overlap with another window comes from the days these hours are valid.
                Map.of("multiplier", multiplier, "validTo", validTo, "start", validTo),
                () ->
                    view.updateWindow(
                        window,
                        hours
                            .withMultiplier(draft.multiplier)
                            .valid(draft.validFrom, draft.validTo))));
  }
}

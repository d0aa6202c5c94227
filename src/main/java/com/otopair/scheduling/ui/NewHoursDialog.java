package com.otopair.scheduling.ui;

import com.otopair.scheduling.ShopSchedule;
import com.otopair.scheduling.WindowHours;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Hours drawn while all mechanics are shown: for whom, at what price? */
class NewHoursDialog extends ScheduleDialog {

  static final class Draft {
    ShopSchedule.@Nullable Mechanic mechanic;
    BigDecimal multiplier = BigDecimal.ONE;
  }

  final Select<ShopSchedule.Mechanic> mechanic = mechanicField();
  final BigDecimalField multiplier = multiplierField();
  private final Binder<Draft> binder = new Binder<>();
  private final Draft draft = new Draft();

  NewHoursDialog(ScheduleView view, WindowHours hours) {
    super(view, "scheduling.new-hours.title", hours.describe());
    draft.mechanic = mechanic.getValue();
    draft.multiplier = hours.multiplier();
    binder
        .forField(mechanic)
        .asRequired(getTranslation("scheduling.dialog.mechanic.required"))
        .bind(d -> d.mechanic, (d, v) -> d.mechanic = v);
    bindMultiplier(binder, multiplier, d -> d.multiplier, (d, v) -> d.multiplier = v);
    binder.setBean(draft);
    var warning = warning(view.openingHours().warningFor(hours.day(), hours.start(), hours.end()));
    if (warning != null) {
      add(warning);
    }
    add(form(mechanic, multiplier));
    footer(
        "scheduling.new-hours.save",
        () ->
            submit(
                binder,
                // An overlap is with hours the chosen mechanic already has.
                Map.of("multiplier", multiplier, "start", mechanic),
                () ->
                    view.addWindow(
                        Objects.requireNonNull(draft.mechanic),
                        hours.withMultiplier(draft.multiplier))));
  }
}

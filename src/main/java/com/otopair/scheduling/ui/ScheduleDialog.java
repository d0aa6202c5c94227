package com.otopair.scheduling.ui;

import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.ComponentTexts;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.Forms;
import com.otopair.scheduling.ScheduleRules;
import com.otopair.scheduling.ShopSchedule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.ValueProvider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * A schedule builder dialog for one change: its fields are bound to a {@link Binder}, checked all
 * at once when saving ({@link Forms#validate}), and the service has the last word: its refusal
 * shows next to the field it names ({@link Feedback#show}). Its words are keys of the scheduling
 * bundles, read in the page's language.
 */
abstract class ScheduleDialog extends Dialog {

  protected final ScheduleView view;

  /** A dialog titled with the text of {@code titleKey} and its values. */
  ScheduleDialog(ScheduleView view, String titleKey, Object... args) {
    super(I18n.t(titleKey, args));
    this.view = view;
    addClassName("otopair-dialog");
    setCloseOnOutsideClick(false);
  }

  /** The fields, one column on a phone and two from 420 px. */
  protected static FormLayout form(Component... fields) {
    var form = new FormLayout(fields);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("420px", 2));
    return form;
  }

  /**
   * Cancel, and a primary button labelled {@code labelKey} that closes the dialog once {@code save}
   * says it went through.
   */
  protected void footer(String labelKey, BooleanSupplier save) {
    var cancel = new Button(getTranslation("scheduling.dialog.cancel"), e -> close());
    var primary =
        new Button(
            getTranslation(labelKey),
            e -> {
              if (save.getAsBoolean()) {
                close();
              }
            });
    primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    primary.setId("dialog-save");
    getFooter().add(cancel, primary);
  }

  /**
   * Checks every field of {@code binder} at once and, when all are valid, runs {@code action}; a
   * refusal of the service shows next to the one of {@code fields} it names.
   *
   * @return whether the change went through
   */
  protected static boolean submit(
      Binder<?> binder, Map<String, ? extends HasValidation> fields, Runnable action) {
    if (!Forms.validate(binder)) {
      return false;
    }
    try {
      action.run();
      return true;
    } catch (InvalidRequestException refused) {
      Feedback.show(refused, fields);
      return false;
    }
  }

  /** A warning about the hours, or nothing. */
  protected static @Nullable Paragraph warning(@Nullable String sentence) {
    if (sentence == null) {
      return null;
    }
    var warning = new Paragraph();
    warn(warning, sentence);
    return warning;
  }

  /** Shows {@code sentence} as the dialog's warning about the hours, or hides it when null. */
  protected static void warn(Paragraph warning, @Nullable String sentence) {
    warning.addClassName("otopair-warning");
    warning.setId("hours-warning");
    warning.setText(sentence == null ? "" : sentence);
    warning.setVisible(sentence != null);
  }

  protected Select<ShopSchedule.Mechanic> mechanicField() {
    var field = new Select<ShopSchedule.Mechanic>();
    field.setLabel(I18n.t("scheduling.dialog.mechanic"));
    field.setItems(view.schedule().mechanics());
    field.setItemLabelGenerator(ShopSchedule.Mechanic::name);
    field.setValue(view.chosenMechanic().orElse(view.schedule().mechanics().getFirst()));
    field.setVisible(view.schedule().mechanics().size() > 1);
    return field;
  }

  protected MultiSelectComboBox<ShopSchedule.Mechanic> targetsField() {
    var field = new MultiSelectComboBox<ShopSchedule.Mechanic>(I18n.t("scheduling.dialog.targets"));
    field.setItems(view.schedule().mechanics());
    field.setItemLabelGenerator(ShopSchedule.Mechanic::name);
    field.setPlaceholder(I18n.t("scheduling.dialog.targets.placeholder"));
    if (view.schedule().mechanics().size() == 1) {
      field.setValue(Set.of(view.schedule().mechanics().getFirst()));
    }
    return field;
  }

  protected static BigDecimalField multiplierField() {
    var field = new BigDecimalField(I18n.t("scheduling.dialog.multiplier"));
    field.setHelperText(I18n.t("scheduling.dialog.multiplier.helper"));
    field.setId("window-multiplier");
    return field;
  }

  /** A whole number field labelled with the text of {@code labelKey}. */
  protected static IntegerField integer(String labelKey) {
    var field = new IntegerField(I18n.t(labelKey));
    field.setMin(0);
    field.setStepButtonsVisible(true);
    return field;
  }

  protected static List<UUID> ids(Set<ShopSchedule.Mechanic> mechanics) {
    return mechanics.stream().map(ShopSchedule.Mechanic::id).toList();
  }

  /** The name of one of the shop's mechanics, as the schedule on screen knows it. */
  protected static String nameOf(ScheduleView view, UUID mechanicId) {
    return view.schedule().mechanics().stream()
        .filter(m -> m.id().equals(mechanicId))
        .map(ShopSchedule.Mechanic::name)
        .findFirst()
        .orElse(I18n.t("scheduling.mechanic.unnamed"));
  }

  /** Binds the price multiplier: required, within the service's range. */
  protected static <T> Binder.Binding<T, BigDecimal> bindMultiplier(
      Binder<T> binder,
      BigDecimalField field,
      ValueProvider<T, BigDecimal> getter,
      Setter<T, BigDecimal> setter) {
    return binder
        .forField(field)
        .asRequired(I18n.t("scheduling.dialog.multiplier.required"))
        .withValidator(rule(ScheduleRules::multiplierProblem))
        .bind(getter, setter);
  }

  /**
   * A validator from a rule that names the problem by a key of the bundles ({@link ScheduleRules}),
   * or answers null: the field shows the key's sentence in the page's language.
   */
  protected static <T> Validator<T> rule(SerializableFunction<T, @Nullable String> problem) {
    return Forms.rule(
        value -> {
          String key = problem.apply(value);
          return key == null ? null : I18n.t(key);
        });
  }

  /** A date picker labelled with the text of {@code labelKey}, in the page's language. */
  protected static DatePicker datePicker(String labelKey) {
    return ComponentTexts.localize(new DatePicker(I18n.t(labelKey)));
  }

  /** What a change that reaches several mechanics over a range of days carries. */
  static class RangeDraft {
    Set<ShopSchedule.Mechanic> targets = Set.of();
    @Nullable LocalDate from;
    @Nullable LocalDate to;
  }

  /**
   * Binds the mechanics a change reaches (at least one) and its days: a first day, and a last day,
   * optional, not before the first.
   */
  protected static <T extends RangeDraft> void bindRange(
      Binder<T> binder,
      MultiSelectComboBox<ShopSchedule.Mechanic> targets,
      DatePicker from,
      DatePicker to) {
    binder
        .forField(targets)
        .withValidator(
            rule(chosen -> chosen.isEmpty() ? "scheduling.dialog.targets.required" : null))
        .bind(d -> d.targets, (d, v) -> d.targets = v);
    binder
        .forField(from)
        .asRequired(I18n.t("scheduling.dialog.first-day.required"))
        .bind(d -> d.from, (d, v) -> d.from = v);
    binder
        .forField(to)
        .withValidator(
            rule(
                last ->
                    last != null && from.getValue() != null && last.isBefore(from.getValue())
                        ? "scheduling.rule.last-before-first"
                        : null))
        .bind(d -> d.to, (d, v) -> d.to = v);
  }
}

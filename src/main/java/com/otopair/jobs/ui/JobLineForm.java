package com.otopair.jobs.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.Forms;
import com.otopair.jobs.EstimateRules;
import com.otopair.jobs.LineDraft;
import com.otopair.jobs.LineKind;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializableConsumer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Adds a line to a job's estimate: labour (hours at a rate) or a part (a quantity at a unit price).
 * Every field is checked at once by the rules the service enforces ({@link EstimateRules}); what
 * the service still refuses shows next to its field.
 */
class JobLineForm extends Composite<Div> {

  /** What the form holds; the price in dollars and cents, as typed. */
  public record Entry(
      LineKind kind,
      String description,
      @Nullable BigDecimal quantity,
      @Nullable BigDecimal unitPrice) {}

  final Select<LineKind> kind = new Select<>();
  final TextField description = new TextField(getTranslation("jobs.line-form.description"));
  final BigDecimalField quantity = new BigDecimalField(getTranslation("jobs.line-form.hours"));
  final BigDecimalField unitPrice = new BigDecimalField(getTranslation("jobs.line-form.rate"));
  final Button add = new Button(getTranslation("jobs.line-form.add"));

  private final Binder<Entry> binder = new Binder<>(Entry.class);
  private final SerializableConsumer<LineDraft> save;

  /**
   * @param save adds the line; throws {@link InvalidRequestException} when the service refuses it
   */
  JobLineForm(SerializableConsumer<LineDraft> save) {
    this.save = save;
    kind.setLabel(getTranslation("jobs.line-form.kind"));
    kind.setItems(LineKind.LABOUR, LineKind.PART);
    kind.setItemLabelGenerator(LineKind::label);
    kind.addValueChangeListener(
        e -> {
          boolean labour = e.getValue() == LineKind.LABOUR;
          quantity.setLabel(
              getTranslation(labour ? "jobs.line-form.hours" : "jobs.line-form.quantity"));
          unitPrice.setLabel(
              getTranslation(labour ? "jobs.line-form.rate" : "jobs.line-form.unit-price"));
        });
    description.setPlaceholder(getTranslation("jobs.line-form.description.placeholder"));

    // Bound in the order they show, so the first invalid one is the one scrolled to.
    binder.forField(kind).bind("kind");
    binder
        .forField(description)
        .withValidator(Forms.rule(value -> text(EstimateRules.descriptionProblem(value))))
        .bind("description");
    binder
        .forField(quantity)
        .withValidator(Forms.rule(value -> text(EstimateRules.quantityProblem(value, kind()))))
        .bind("quantity");
    binder
        .forField(unitPrice)
        .withValidator(
            Forms.rule(value -> text(EstimateRules.unitPriceProblem(minorUnits(value), kind()))))
        .bind("unitPrice");
    binder.readRecord(blank(LineKind.LABOUR));

    add.setId("add-line");
    add.addClickListener(e -> submit());
    var fields = new FormLayout(kind, description, quantity, unitPrice);
    fields.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("700px", 4));
    fields.setColspan(description, 2);
    getContent().add(fields, add);
  }

  /** Adds the line when every field is valid; otherwise marks every invalid field at once. */
  void submit() {
    if (!Forms.validate(binder)) {
      return;
    }
    Entry entry;
    try {
      entry = binder.writeRecord();
    } catch (ValidationException changedMeanwhile) {
      Forms.validate(binder);
      return;
    }
    try {
      save.accept(
          new LineDraft(
              entry.kind(),
              entry.description(),
              entry.quantity() == null ? BigDecimal.ZERO : entry.quantity(),
              minorUnits(entry.unitPrice())));
      binder.readRecord(blank(entry.kind()));
    } catch (InvalidRequestException refused) {
      Map<String, HasValidation> byField =
          Map.of("description", description, "quantity", quantity, "unitPrice", unitPrice);
      Feedback.show(refused, byField);
    }
  }

  private static @Nullable String text(EstimateRules.@Nullable Problem problem) {
    return problem == null ? null : problem.text();
  }

  private LineKind kind() {
    return kind.getValue() == null ? LineKind.LABOUR : kind.getValue();
  }

  private static Entry blank(LineKind kind) {
    return new Entry(kind, "", BigDecimal.ONE, null);
  }

  /** Dollars and cents as cents; none, or anything out of range, is -1 (refused by the rules). */
  private static long minorUnits(@Nullable BigDecimal price) {
    if (price == null) {
      return -1;
    }
    try {
      return price.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    } catch (ArithmeticException tooBig) {
      return -1;
    }
  }
}

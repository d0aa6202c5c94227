package com.otopair.consult.ui;

import com.otopair.base.Formats;
import com.otopair.base.Money;
import com.otopair.consult.ReportLine;
import com.otopair.consult.ReportRules;
import com.otopair.shops.ShopRules.Problem;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One parts or labour line of the summary editor: its kind, description, quantity (or hours), unit
 * price (or hourly rate) and the line's total, which follows what is typed.
 */
class SummaryLineRow extends Div {

  final Select<ReportLine.Kind> kind = new Select<>();
  final TextField description = new TextField();
  final BigDecimalField quantity = new BigDecimalField();
  final BigDecimalField price = new BigDecimalField();
  final Span total = new Span();
  final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

  private final String currency;

  SummaryLineRow(
      @Nullable ReportLine line,
      String currency,
      Runnable changed,
      Consumer<SummaryLineRow> removed) {
    this.currency = currency;
    addClassName("otopair-summary-line");
    kind.setLabel(getTranslation("consult.summary.field.kind"));
    kind.setItems(ReportLine.Kind.values());
    kind.setItemLabelGenerator(
        k -> getTranslation("consult.summary.kind." + k.name().toLowerCase(Locale.ROOT)));
    kind.setValue(line == null ? ReportLine.Kind.PART : line.kind());
    description.setLabel(getTranslation("consult.summary.field.description"));
    description.setMaxLength(ReportRules.MAX_DESCRIPTION);
    quantity.setLabel(getTranslation("consult.summary.field.quantity"));
    price.setLabel(getTranslation("consult.summary.field.price", currency));
    total.addClassName("otopair-summary-line-total");
    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    remove.setAriaLabel(getTranslation("consult.summary.line.remove"));
    remove.addClickListener(e -> removed.accept(this));
    if (line != null) {
      description.setValue(line.description());
      quantity.setValue(line.quantity());
      price.setValue(line.unitPrice().amount());
    } else {
      quantity.setValue(BigDecimal.ONE);
    }
    quantity.addValueChangeListener(e -> changed.run());
    price.addValueChangeListener(e -> changed.run());
    add(kind, description, quantity, price, total, remove);
    showTotal();
  }

  /** The line's total, or nothing while its numbers are not valid. */
  @Nullable Money lineTotal() {
    if (ReportRules.quantity(quantity.getValue()) != null
        || ReportRules.price(price.getValue()) != null) {
      return null;
    }
    return line().total();
  }

  void showTotal() {
    Money sum = lineTotal();
    total.setText(sum == null ? "" : Formats.current().amount(sum));
  }

  /** Marks each field of the line that breaks a rule; whether all are valid. */
  boolean validate() {
    boolean ok = mark(description, ReportRules.description(description.getValue()));
    ok &= mark(quantity, ReportRules.quantity(quantity.getValue()));
    ok &= mark(price, ReportRules.price(price.getValue()));
    return ok;
  }

  /** The line as typed; call only once {@link #validate()} passed. */
  ReportLine line() {
    return new ReportLine(
        kind.getValue(),
        description.getValue().strip(),
        quantity.getValue(),
        Money.of(price.getValue(), currency));
  }

  /** The line's fields by the names a refusal of the service gives them. */
  void fields(int index, Map<String, HasValidation> fields) {
    fields.put("lines[" + index + "].description", description);
    fields.put("lines[" + index + "].quantity", quantity);
    fields.put("lines[" + index + "].unitPrice", price);
  }

  static boolean mark(HasValidation field, @Nullable Problem problem) {
    field.setInvalid(problem != null);
    field.setErrorMessage(problem == null ? null : problem.text());
    return problem == null;
  }
}

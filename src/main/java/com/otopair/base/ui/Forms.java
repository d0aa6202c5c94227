package com.otopair.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableFunction;
import org.jspecify.annotations.Nullable;

/**
 * The one way a form checks its input: every rule runs at once through the form's {@link Binder},
 * every invalid field is marked together, and the first of them is scrolled into view and focused,
 * so a user on a phone sees what to fix instead of a button that did nothing.
 */
public final class Forms {

  private Forms() {}

  /**
   * Validates every bound field; when some are invalid, brings the first one (in the order the
   * fields were bound) into view.
   *
   * @return whether the form is valid
   */
  public static boolean validate(Binder<?> binder) {
    BinderValidationStatus<?> status = binder.validate();
    if (status.isOk()) {
      return true;
    }
    status.getFieldValidationErrors().stream()
        .map(error -> error.getField())
        .findFirst()
        .ifPresent(Forms::reveal);
    return false;
  }

  /** Scrolls a field into view and puts the cursor in it. */
  public static void reveal(HasValue<?, ?> field) {
    if (field instanceof Component component) {
      component.scrollIntoView();
    }
    if (field instanceof Focusable<?> focusable) {
      focusable.focus();
    }
  }

  /**
   * A validator from a rule that names the problem with a value in one sentence, or answers null
   * when there is none (the shape of {@code AccountRules}, {@code ShopRules} and the like).
   */
  public static <T> Validator<T> rule(SerializableFunction<T, @Nullable String> problem) {
    return (value, context) -> {
      String message = problem.apply(value);
      return message == null ? ValidationResult.ok() : ValidationResult.error(message);
    };
  }

  /**
   * Makes {@code field} the search box of a filtered list: a magnifier, a clear button, and a
   * search that runs once typing pauses.
   */
  public static TextField search(TextField field, String placeholder, String label) {
    field.setPlaceholder(placeholder);
    field.setAriaLabel(label);
    field.setPrefixComponent(VaadinIcon.SEARCH.create());
    field.setClearButtonVisible(true);
    field.setValueChangeMode(ValueChangeMode.LAZY);
    return field;
  }
}

package com.otopair.identity.ui;

import com.otopair.identity.AccountRules;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;

/** Email fields that explain a malformed address in the same words as the service. */
final class EmailFields {

  private EmailFields() {}

  static EmailField create(String label) {
    var field = new EmailField(label);
    field.setAutocomplete(Autocomplete.EMAIL);
    field.setI18n(
        new EmailField.EmailFieldI18n()
            .setPatternErrorMessage(AccountRules.emailProblem("malformed"))
            .setRequiredErrorMessage(AccountRules.emailProblem("")));
    return field;
  }
}

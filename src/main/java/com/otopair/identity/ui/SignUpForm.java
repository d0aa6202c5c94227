package com.otopair.identity.ui;

import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.Forms;
import com.otopair.identity.AccountRules;
import com.otopair.identity.AccountService;
import com.otopair.identity.SignUp;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Map;
import java.util.function.Consumer;

/** Name, email and password, checked while typing and again by the service. */
class SignUpForm extends Composite<Div> {

  /** The form's values while they are being edited. */
  static final class Draft {
    String name = "";
    String email = "";
    String password = "";
  }

  final TextField name = new TextField(I18n.t("identity.sign-up.name"));
  final EmailField email = EmailFields.create(I18n.t("identity.field.email"));
  final PasswordField password = new PasswordField(I18n.t("identity.field.password"));
  final Button submit;

  private final Binder<Draft> binder = new Binder<>();
  private final Draft draft = new Draft();

  SignUpForm(
      AccountService accounts, String role, String submitLabel, Consumer<String> onSignedUp) {
    name.setAutocomplete(Autocomplete.NAME);
    password.setAutocomplete(Autocomplete.NEW_PASSWORD);
    password.setHelperText(
        getTranslation("identity.sign-up.password.helper", AccountRules.MIN_PASSWORD_LENGTH));
    name.setValueChangeMode(ValueChangeMode.ON_BLUR);
    email.setValueChangeMode(ValueChangeMode.ON_BLUR);
    password.setValueChangeMode(ValueChangeMode.ON_BLUR);

    binder
        .forField(name)
        .withValidator(Forms.rule(AccountRules::nameProblem))
        .bind(d -> d.name, (d, v) -> d.name = v);
    binder
        .forField(email)
        .withValidator(Forms.rule(AccountRules::emailProblem))
        .bind(d -> d.email, (d, v) -> d.email = v);
    binder
        .forField(password)
        .withValidator(Forms.rule(value -> AccountRules.passwordProblem(value, email.getValue())))
        .bind(d -> d.password, (d, v) -> d.password = v);
    binder.setBean(draft);

    submit =
        new Button(
            submitLabel,
            e -> {
              if (Forms.validate(binder)) {
                try {
                  accounts.signUp(new SignUp(draft.name, draft.email, draft.password, role));
                  onSignedUp.accept(draft.email.trim());
                } catch (InvalidRequestException refused) {
                  Feedback.show(
                      refused, Map.of("name", name, "email", email, "password", password));
                }
              }
            });
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.setWidthFull();
    submit.setDisableOnClick(true);
    submit.addClickListener(e -> submit.setEnabled(true));

    var form = new FormLayout(name, email, password);
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    var signIn =
        Sentences.paragraph(
            "identity.sign-up.have-account",
            new Anchor("login", getTranslation("identity.sign-in")));
    signIn.addClassName("otopair-small");
    getContent().add(form, submit, signIn);
  }
}

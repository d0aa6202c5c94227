package com.otopair.identity.ui;

import com.otopair.base.Formats;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.Forms;
import com.otopair.identity.AccountRules;
import com.otopair.identity.AccountService;
import com.otopair.identity.ApiTokens;
import com.otopair.identity.Profile;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The signed-in user's own details: name and phone, password, email address, API tokens. Each
 * section is a form on its own {@link Binder}: sending one marks every wrong field of it at once.
 */
@Route("profile")
@PageTitle("Your profile")
@Menu(order = 90, icon = "vaadin:user", title = "Profile")
@PermitAll
class ProfileView extends Main {

  private static final String CURRENT_PASSWORD = "Enter your current password";

  final TextField name = new TextField("Name");
  final TextField phone = new TextField("Phone");
  final PasswordField currentPassword = new PasswordField("Current password");
  final PasswordField newPassword = new PasswordField("New password");
  final EmailField newEmail = EmailFields.create("New email");
  final PasswordField emailPassword = new PasswordField("Current password");
  final Paragraph emailStatus = new Paragraph();

  final TextField tokenName = new TextField("Token name");
  final Div tokenList = new Div();

  /** The form's values while they are being edited. */
  static final class Values {
    String name = "";
    String phone = "";
    String currentPassword = "";
    String newPassword = "";
    String newEmail = "";
    String emailPassword = "";
  }

  private final AccountService accounts;
  private final ApiTokens apiTokens;
  private final Values values = new Values();
  private final Binder<Values> details = new Binder<>();
  private final Binder<Values> password = new Binder<>();
  private final Binder<Values> email = new Binder<>();

  ProfileView(AccountService accounts, ApiTokens apiTokens) {
    this.accounts = accounts;
    this.apiTokens = apiTokens;
    addClassName("otopair-page");
    Profile profile = accounts.profile();
    values.name = profile.name();
    values.phone = profile.phone() == null ? "" : profile.phone();
    bind(profile.email());
    phone.setHelperText("Optional. Your mechanic calls this number about your car.");
    newPassword.setHelperText("At least " + AccountRules.MIN_PASSWORD_LENGTH + " characters");
    emailStatus.setId("email-status");
    showEmailStatus(profile);

    var saveDetails = new Button("Save details", e -> saveDetails());
    saveDetails.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    saveDetails.setId("save-details");
    var changePassword = new Button("Change password", e -> changePassword());
    changePassword.setId("change-password");
    var changeEmail = new Button("Send confirmation link", e -> changeEmail());
    changeEmail.setId("change-email");
    tokenName.setPlaceholder("Fleet app");
    tokenName.setHelperText("Name it after what will use it");
    tokenName.setMaxLength(60);
    tokenList.addClassName("otopair-token-list");
    tokenList.setId("api-tokens");
    showTokens();
    var createToken = new Button("Create token", e -> createToken());
    createToken.setId("create-token");

    add(
        section(
            "Your details",
            "How mechanics and shops see and reach you.",
            form(name, phone),
            saveDetails),
        section(
            "Password",
            "Changing it keeps you signed in here.",
            form(currentPassword, newPassword),
            changePassword),
        section(
            "Email address",
            "We confirm a new address before switching to it.",
            new Div(emailStatus, form(newEmail, emailPassword)),
            changeEmail),
        emailPreferences(),
        section(
            "API tokens",
            "Let your own apps find slots and book for you through the Otopair API.",
            new Div(tokenList, apiDocs(), form(tokenName)),
            createToken));
  }

  /** Reminders and news: chosen on their own page, which every email's footer links to. */
  private static Div emailPreferences() {
    var link = new Anchor("preferences", "Email preferences");
    link.setId("email-preferences-link");
    var card =
        new Div(
            new H2("Emails"),
            new Paragraph("Choose whether we remind you before bookings and send you news."),
            link);
    card.addClassName("otopair-card");
    return card;
  }

  private static Paragraph apiDocs() {
    var docs = new Anchor("/swagger-ui.html", "the API reference");
    docs.setTarget("_blank");
    var text = new Paragraph(new Text("Calls and examples are in "), docs, new Text("."));
    text.addClassName("otopair-muted");
    return text;
  }

  private void createToken() {
    try {
      ApiTokens.Issued issued = apiTokens.issue(tokenName.getValue());
      tokenName.clear();
      tokenName.setInvalid(false);
      showTokens();
      showSecret(issued);
    } catch (InvalidRequestException refused) {
      Feedback.show(refused, Map.of("tokenName", tokenName));
    }
  }

  /** The secret, once: it is not stored and cannot be shown again. */
  private void showSecret(ApiTokens.Issued issued) {
    var secret = new TextField("Your new token");
    secret.setValue(issued.secret());
    secret.setReadOnly(true);
    secret.setWidthFull();
    secret.setId("new-token-secret");
    var copy = new Button("Copy");
    copy.addClickListener(
        e -> {
          copy.getUI()
              .ifPresent(
                  ui ->
                      ui.getPage().executeJs("navigator.clipboard.writeText($0)", issued.secret()));
          Feedback.success("Copied");
        });
    var dialog = new Dialog();
    dialog.setHeaderTitle("Copy your token now");
    dialog.add(
        new Paragraph(
            "This is the only time we show it. Send it as Authorization: Bearer followed by the"
                + " token."),
        secret);
    var done = new Button("Done", e -> dialog.close());
    done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(copy, done);
    dialog.open();
  }

  private void showTokens() {
    tokenList.removeAll();
    List<ApiTokens.Summary> tokens = apiTokens.mine();
    if (tokens.isEmpty()) {
      var empty = new Paragraph("No tokens yet.");
      empty.addClassName("otopair-muted");
      tokenList.add(empty);
      return;
    }
    for (ApiTokens.Summary token : tokens) {
      var name = new Span(token.name());
      name.addClassName("otopair-token-name");
      var details =
          new Span(
              token.hint()
                  + "… · created "
                  + Formats.current().date(token.createdAt(), ZoneOffset.UTC)
                  + " · "
                  + (token.lastUsedAt() == null
                      ? "never used"
                      : "last used " + Formats.current().date(token.lastUsedAt(), ZoneOffset.UTC)));
      details.addClassName("otopair-muted");
      var revoke = new Button("Revoke", e -> confirmRevoke(token));
      revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      revoke.setAriaLabel("Revoke " + token.name());
      var row = new Div(new Div(name, details), revoke);
      row.addClassName("otopair-token");
      tokenList.add(row);
    }
  }

  private void confirmRevoke(ApiTokens.Summary token) {
    var confirm =
        new ConfirmDialog(
            "Revoke " + token.name() + "?",
            "Apps using it stop working at once. This can't be undone.",
            "Revoke",
            e -> {
              try {
                apiTokens.revoke(token.id());
                Feedback.success(token.name() + " is revoked");
              } catch (InvalidRequestException refused) {
                Feedback.error(refused.getMessage());
              }
              showTokens();
            });
    confirm.setConfirmButtonTheme("error primary");
    confirm.setCancelable(true);
    confirm.open();
  }

  /** Each section's rules, shared with the service through {@link AccountRules}. */
  private void bind(String currentEmail) {
    details
        .forField(name)
        .withValidator(Forms.rule(AccountRules::nameProblem))
        .bind(v -> v.name, (v, value) -> v.name = value);
    details
        .forField(phone)
        .withValidator(Forms.rule(AccountRules::phoneProblem))
        .bind(v -> v.phone, (v, value) -> v.phone = value);
    password
        .forField(currentPassword)
        .asRequired(CURRENT_PASSWORD)
        .bind(v -> v.currentPassword, (v, value) -> v.currentPassword = value);
    password
        .forField(newPassword)
        .withValidator(Forms.rule(value -> AccountRules.passwordProblem(value, currentEmail)))
        .bind(v -> v.newPassword, (v, value) -> v.newPassword = value);
    email
        .forField(newEmail)
        .withValidator(Forms.rule(AccountRules::emailProblem))
        .bind(v -> v.newEmail, (v, value) -> v.newEmail = value);
    email
        .forField(emailPassword)
        .asRequired(CURRENT_PASSWORD)
        .bind(v -> v.emailPassword, (v, value) -> v.emailPassword = value);
    details.setBean(values);
    password.setBean(values);
    email.setBean(values);
  }

  private void saveDetails() {
    if (!Forms.validate(details)) {
      return;
    }
    try {
      accounts.updateProfile(values.name, values.phone);
      Feedback.success("Your details are saved");
    } catch (InvalidRequestException refused) {
      Feedback.show(refused, Map.of("name", name, "phone", phone));
    }
  }

  private void changePassword() {
    if (!Forms.validate(password)) {
      return;
    }
    try {
      accounts.changePassword(values.currentPassword, values.newPassword);
      clear(password, currentPassword, newPassword);
      Feedback.success("Your password is changed");
    } catch (InvalidRequestException refused) {
      Feedback.show(
          refused, Map.of("currentPassword", currentPassword, "newPassword", newPassword));
    }
  }

  private void changeEmail() {
    if (!Forms.validate(email)) {
      return;
    }
    try {
      String address = values.newEmail.trim();
      accounts.requestEmailChange(values.newEmail, values.emailPassword);
      clear(email, newEmail, emailPassword);
      Feedback.success("We sent a confirmation link to " + address);
      showEmailStatus(accounts.profile());
    } catch (InvalidRequestException refused) {
      Feedback.show(refused, Map.of("newEmail", newEmail, "emailPassword", emailPassword));
    }
  }

  /** Empties a section after it is sent, without marking its now-empty fields as missing. */
  private static void clear(Binder<Values> binder, HasValue<?, ?>... fields) {
    for (HasValue<?, ?> field : fields) {
      field.clear();
    }
    binder.getFields().forEach(field -> ((HasValidation) field).setInvalid(false));
  }

  private void showEmailStatus(Profile profile) {
    String text =
        "You sign in with "
            + profile.email()
            + (profile.emailVerified() ? "." : ", not confirmed yet.");
    if (profile.pendingEmail() != null) {
      text += " Waiting for you to confirm " + profile.pendingEmail() + ".";
    }
    emailStatus.setText(text);
  }

  private static FormLayout form(Component... fields) {
    var form = new FormLayout(fields);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
    return form;
  }

  private static Div section(String heading, String text, Component content, Button action) {
    var section = new Div(new H2(heading), new Paragraph(text), content, action);
    section.addClassName("otopair-card");
    return section;
  }
}

package com.otopair.identity.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Roles;
import com.otopair.base.ui.Badge;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.Forms;
import com.otopair.identity.AccountDeletion;
import com.otopair.identity.AccountLanguages;
import com.otopair.identity.AccountRules;
import com.otopair.identity.AccountService;
import com.otopair.identity.ApiTokenScope;
import com.otopair.identity.ApiTokens;
import com.otopair.identity.MyData;
import com.otopair.identity.Profile;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The signed-in user's own details: name and phone, password, email address, language, API tokens,
 * and their data: downloaded as JSON, or the account deleted. Each section is a form on its own
 * {@link Binder}: sending one marks every wrong field of it at once.
 */
@Route("profile")
@PageTitle("identity.profile.title")
@Menu(order = 90, icon = "vaadin:user", title = "identity.menu.profile")
@PermitAll
class ProfileView extends Main {

  final TextField name = new TextField(I18n.t("identity.profile.name"));
  final TextField phone = new TextField(I18n.t("identity.profile.phone"));
  final PasswordField currentPassword =
      new PasswordField(I18n.t("identity.profile.current-password"));
  final PasswordField newPassword = new PasswordField(I18n.t("identity.profile.new-password"));
  final EmailField newEmail = EmailFields.create(I18n.t("identity.profile.new-email"));
  final PasswordField emailPassword =
      new PasswordField(I18n.t("identity.profile.current-password"));
  final Paragraph emailStatus = new Paragraph();

  final TextField tokenName = new TextField(I18n.t("identity.profile.token-name"));

  /** What a new token may call: offered to admins only, who may also issue operations tokens. */
  final RadioButtonGroup<ApiTokenScope> tokenScope =
      new RadioButtonGroup<>(I18n.t("identity.profile.token-scope"));

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

  final MyDataCard myData;
  final DeleteAccountCard deleteAccount;

  ProfileView(
      AccountService accounts,
      ApiTokens apiTokens,
      AccountLanguages languages,
      MyData data,
      AccountDeletion deletion,
      AuthenticationContext authentication) {
    this.accounts = accounts;
    this.apiTokens = apiTokens;
    addClassName("otopair-page");
    Profile profile = accounts.profile();
    values.name = profile.name();
    values.phone = profile.phone() == null ? "" : profile.phone();
    bind(profile.email());
    phone.setHelperText(getTranslation("identity.profile.phone.helper"));
    newPassword.setHelperText(
        getTranslation("identity.profile.new-password.helper", AccountRules.MIN_PASSWORD_LENGTH));
    emailStatus.setId("email-status");
    showEmailStatus(profile);

    var saveDetails =
        new Button(getTranslation("identity.profile.details.save"), e -> saveDetails());
    saveDetails.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    saveDetails.setId("save-details");
    var changePassword =
        new Button(getTranslation("identity.profile.password.change"), e -> changePassword());
    changePassword.setId("change-password");
    var changeEmail = new Button(getTranslation("identity.profile.email.send"), e -> changeEmail());
    changeEmail.setId("change-email");
    tokenName.setPlaceholder(getTranslation("identity.profile.token-name.placeholder"));
    tokenName.setHelperText(getTranslation("identity.profile.token-name.helper"));
    tokenName.setMaxLength(ApiTokens.MAX_NAME_LENGTH);
    tokenScope.setItems(ApiTokenScope.values());
    tokenScope.setItemLabelGenerator(
        scope ->
            getTranslation(
                "identity.profile.token-scope." + scope.name().toLowerCase(Locale.ROOT)));
    tokenScope.setValue(ApiTokenScope.CUSTOMER);
    tokenScope.setHelperText(getTranslation("identity.profile.token-scope.helper"));
    tokenScope.setId("token-scope");
    tokenScope.setVisible(CurrentUser.get().map(me -> Roles.ADMIN.equals(me.role())).orElse(false));
    tokenList.addClassName("otopair-token-list");
    tokenList.setId("api-tokens");
    showTokens();
    var createToken =
        new Button(getTranslation("identity.profile.token.create"), e -> createToken());
    createToken.setId("create-token");

    add(
        section(
            getTranslation("identity.profile.details.heading"),
            getTranslation("identity.profile.details.text"),
            form(name, phone),
            saveDetails),
        section(
            getTranslation("identity.profile.password.heading"),
            getTranslation("identity.profile.password.text"),
            form(currentPassword, newPassword),
            changePassword),
        section(
            getTranslation("identity.profile.email.heading"),
            getTranslation("identity.profile.email.text"),
            new Div(emailStatus, form(newEmail, emailPassword)),
            changeEmail),
        new LanguageChoice(languages),
        emailPreferences(),
        section(
            getTranslation("identity.profile.tokens.heading"),
            getTranslation("identity.profile.tokens.text"),
            new Div(tokenList, apiDocs(), form(tokenName, tokenScope)),
            createToken));
    myData = new MyDataCard(data);
    deleteAccount = new DeleteAccountCard(deletion, authentication);
    add(myData, deleteAccount);
  }

  /** Reminders and news: chosen on their own page, which every email's footer links to. */
  private Div emailPreferences() {
    var link = new Anchor("preferences", getTranslation("identity.profile.emails.link"));
    link.setId("email-preferences-link");
    var card =
        new Div(
            new H2(getTranslation("identity.profile.emails.heading")),
            new Paragraph(getTranslation("identity.profile.emails.text")),
            link);
    card.addClassName("otopair-card");
    return card;
  }

  private Paragraph apiDocs() {
    var docs = new Anchor("/swagger-ui.html", getTranslation("identity.profile.tokens.docs-link"));
    docs.setTarget("_blank");
    var text = Sentences.paragraph("identity.profile.tokens.docs", docs);
    text.addClassName("otopair-muted");
    return text;
  }

  private void createToken() {
    try {
      ApiTokenScope scope =
          tokenScope.isVisible() && tokenScope.getValue() != null
              ? tokenScope.getValue()
              : ApiTokenScope.CUSTOMER;
      ApiTokens.Issued issued = apiTokens.issue(tokenName.getValue(), scope);
      tokenName.clear();
      tokenName.setInvalid(false);
      tokenScope.setValue(ApiTokenScope.CUSTOMER);
      showTokens();
      new NewTokenDialog(issued).open();
    } catch (InvalidRequestException refused) {
      Feedback.show(refused, Map.of("tokenName", tokenName, "tokenScope", tokenScope));
    }
  }

  private void showTokens() {
    tokenList.removeAll();
    List<ApiTokens.Summary> tokens = apiTokens.mine();
    if (tokens.isEmpty()) {
      var empty = new Paragraph(getTranslation("identity.profile.tokens.empty"));
      empty.addClassName("otopair-muted");
      tokenList.add(empty);
      return;
    }
    for (ApiTokens.Summary token : tokens) {
      var name = new Span(token.name());
      name.addClassName("otopair-token-name");
      if (token.scope() == ApiTokenScope.OPS) {
        name.add(
            new Badge(getTranslation("identity.profile.token.ops-badge"), Badge.Tone.CONTRAST));
      }
      String created = Formats.current().date(token.createdAt(), ZoneOffset.UTC);
      var details =
          new Span(
              token.lastUsedAt() == null
                  ? getTranslation("identity.profile.token.never-used", token.hint(), created)
                  : getTranslation(
                      "identity.profile.token.used",
                      token.hint(),
                      created,
                      Formats.current().date(token.lastUsedAt(), ZoneOffset.UTC)));
      details.addClassName("otopair-muted");
      var revoke =
          new Button(getTranslation("identity.profile.token.revoke"), e -> confirmRevoke(token));
      revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      revoke.setAriaLabel(getTranslation("identity.profile.token.revoke.label", token.name()));
      var row = new Div(new Div(name, details), revoke);
      row.addClassName("otopair-token");
      tokenList.add(row);
    }
  }

  private void confirmRevoke(ApiTokens.Summary token) {
    var confirm =
        new ConfirmDialog(
            getTranslation("identity.profile.token.revoke.title", token.name()),
            getTranslation("identity.profile.token.revoke.text"),
            getTranslation("identity.profile.token.revoke"),
            e -> {
              try {
                apiTokens.revoke(token.id());
                Feedback.success(getTranslation("identity.profile.token.revoked", token.name()));
              } catch (InvalidRequestException refused) {
                Feedback.error(refused.getMessage());
              }
              showTokens();
            });
    confirm.setConfirmButtonTheme("error primary"); // i18n: theme names
    confirm.setCancelable(true);
    confirm.setCancelText(getTranslation("identity.dialog.cancel"));
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
        .asRequired(getTranslation("identity.profile.current-password.required"))
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
        .asRequired(getTranslation("identity.profile.current-password.required"))
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
      Feedback.success(getTranslation("identity.profile.details.saved"));
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
      Feedback.success(getTranslation("identity.profile.password.changed"));
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
      Feedback.success(getTranslation("identity.profile.email.sent", address));
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
        getTranslation(
            profile.emailVerified()
                ? "identity.profile.email.status.confirmed"
                : "identity.profile.email.status.unconfirmed",
            profile.email());
    if (profile.pendingEmail() != null) {
      text += " " + getTranslation("identity.profile.email.status.pending", profile.pendingEmail());
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

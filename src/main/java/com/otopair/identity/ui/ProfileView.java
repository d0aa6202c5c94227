package com.otopair.identity.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Feedback;
import com.otopair.identity.AccountRules;
import com.otopair.identity.AccountService;
import com.otopair.identity.Profile;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/** The signed-in user's own details: name and phone, password, email address. */
@Route("profile")
@PageTitle("Your profile")
@Menu(order = 90, icon = "vaadin:user", title = "Profile")
@PermitAll
class ProfileView extends Main {

  final TextField name = new TextField("Name");
  final TextField phone = new TextField("Phone");
  final PasswordField currentPassword = new PasswordField("Current password");
  final PasswordField newPassword = new PasswordField("New password");
  final EmailField newEmail = EmailFields.create("New email");
  final PasswordField emailPassword = new PasswordField("Current password");
  final Paragraph emailStatus = new Paragraph();

  private final AccountService accounts;

  ProfileView(AccountService accounts) {
    this.accounts = accounts;
    addClassName("otopair-page");
    Profile profile = accounts.profile();
    name.setValue(profile.name());
    phone.setValue(profile.phone() == null ? "" : profile.phone());
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
            changeEmail));
  }

  private void saveDetails() {
    try {
      accounts.updateProfile(name.getValue(), phone.getValue());
      name.setInvalid(false);
      phone.setInvalid(false);
      Feedback.success("Your details are saved");
    } catch (InvalidRequestException refused) {
      Feedback.show(refused, Map.of("name", name, "phone", phone));
    }
  }

  private void changePassword() {
    try {
      accounts.changePassword(currentPassword.getValue(), newPassword.getValue());
      currentPassword.clear();
      newPassword.clear();
      currentPassword.setInvalid(false);
      newPassword.setInvalid(false);
      Feedback.success("Your password is changed");
    } catch (InvalidRequestException refused) {
      Feedback.show(
          refused, Map.of("currentPassword", currentPassword, "newPassword", newPassword));
    }
  }

  private void changeEmail() {
    try {
      accounts.requestEmailChange(newEmail.getValue(), emailPassword.getValue());
      Feedback.success("We sent a confirmation link to " + newEmail.getValue().trim());
      newEmail.clear();
      emailPassword.clear();
      newEmail.setInvalid(false);
      emailPassword.setInvalid(false);
      showEmailStatus(accounts.profile());
    } catch (InvalidRequestException refused) {
      Feedback.show(refused, Map.of("newEmail", newEmail, "emailPassword", emailPassword));
    }
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

package com.otopair.notifications.ui;

import com.otopair.base.ui.Feedback;
import com.otopair.notifications.NotificationPreferences;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Which optional emails the signed-in user gets: reminders before bookings, news and offers.
 * Reached from the footer of every email; transactional mail is not optional and not listed.
 */
@Route("preferences")
@PageTitle("Email preferences")
@PermitAll
class PreferencesView extends Main {

  final Checkbox reminders = new Checkbox("Reminders before my bookings");
  final Checkbox marketing = new Checkbox("News and offers from Otopair");
  final Button save = new Button("Save");

  private final NotificationPreferences preferences;

  PreferencesView(NotificationPreferences preferences) {
    this.preferences = preferences;
    addClassName("otopair-page");
    show(preferences.mine());

    reminders.setId("reminders");
    reminders.setHelperText("An email the day before and an hour before each booking.");
    marketing.setId("marketing");
    marketing.setHelperText("Now and then: new features, shops near you and offers.");
    save.setId("save-preferences");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> save());

    var always =
        new Paragraph(
            "Booking confirmations, receipts and security emails (like password resets) always"
                + " arrive, whatever you choose here.");
    always.addClassName("otopair-muted");
    var choices = new Div(reminders, marketing);
    choices.getStyle().set("display", "flex").set("flex-direction", "column");
    choices.getStyle().set("gap", "var(--lumo-space-s)");
    choices.getStyle().set("margin-bottom", "var(--lumo-space-m)");

    var card =
        new Div(
            new H2("Which emails you get"),
            new Paragraph("Choose the optional emails you want from Otopair."),
            choices,
            always,
            save);
    card.addClassName("otopair-card");
    card.setWidthFull();
    card.setMaxWidth("36rem");
    add(card);
  }

  private void save() {
    show(preferences.change(reminders.getValue(), marketing.getValue()));
    Feedback.success("Your email preferences are saved");
  }

  private void show(NotificationPreferences.Preferences current) {
    reminders.setValue(current.reminders());
    marketing.setValue(current.marketing());
  }
}

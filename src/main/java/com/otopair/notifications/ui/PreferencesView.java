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
@PageTitle("notifications.preferences.title")
@PermitAll
class PreferencesView extends Main {

  final Checkbox reminders = new Checkbox(getTranslation("notifications.preferences.reminders"));
  final Checkbox marketing = new Checkbox(getTranslation("notifications.preferences.marketing"));
  final Button save = new Button(getTranslation("notifications.preferences.save"));

  private final NotificationPreferences preferences;

  PreferencesView(NotificationPreferences preferences) {
    this.preferences = preferences;
    addClassName("otopair-page");
    show(preferences.mine());

    reminders.setId("reminders");
    reminders.setHelperText(getTranslation("notifications.preferences.reminders.help"));
    marketing.setId("marketing");
    marketing.setHelperText(getTranslation("notifications.preferences.marketing.help"));
    save.setId("save-preferences");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> save());

    var always = new Paragraph(getTranslation("notifications.preferences.always"));
    always.addClassName("otopair-muted");
    var choices = new Div(reminders, marketing);
    choices.getStyle().set("display", "flex").set("flex-direction", "column");
    choices.getStyle().set("gap", "var(--lumo-space-s)");
    choices.getStyle().set("margin-bottom", "var(--lumo-space-m)");

    var card =
        new Div(
            new H2(getTranslation("notifications.preferences.heading")),
            new Paragraph(getTranslation("notifications.preferences.intro")),
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
    Feedback.success(getTranslation("notifications.preferences.saved"));
  }

  private void show(NotificationPreferences.Preferences current) {
    reminders.setValue(current.reminders());
    marketing.setValue(current.marketing());
  }
}

package com.otopair.scheduling.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.otopair.scheduling.ui.ScheduleScreen.choose;
import static com.otopair.scheduling.ui.ScheduleScreen.select;
import static com.otopair.scheduling.ui.ScheduleScreen.weekday;
import static com.otopair.scheduling.ui.ScheduleScreen.windows;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.otopair.base.I18n;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleFixtures;
import com.otopair.scheduling.ShopSchedule;
import com.otopair.scheduling.WeeklyHours;
import com.otopair.scheduling.WindowHours;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The schedule builder in French: the page, its calendar, every dialog and every field it marks
 * invalid, and a refusal, with no key left untranslated.
 */
class SchedulingFrenchTest extends KaribuTest {

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired WeeklyHours weeklyHours;

  ScheduleFixtures shop;

  @BeforeEach
  void shop() {
    shop = ScheduleFixtures.create(users, shops, membership, "America/Toronto");
  }

  private ScheduleView openInFrench() {
    signInAs(shop.ownerEmail());
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("schedule");
    return _get(ScheduleView.class);
  }

  private static void save() {
    _click(_get(Button.class, spec -> spec.withId("dialog-save")));
  }

  private static void close() {
    _get(Dialog.class).close();
  }

  @Test
  void theScheduleReadsFrench() {
    ScheduleView view = openInFrench();

    assertThat(_get(H2.class).getText()).startsWith("Horaire de ");
    assertThat(view.undo.getText()).isEqualTo("Défaire");
    assertThat(view.mechanic.getLabel()).isEqualTo("Mécanicien");
    assertThat(view.mechanic.getValue().name()).isEqualTo("Tous les mécaniciens");
    assertThat(textOf(view)).contains("Prix standard", "Réservé", "heure de l’Est");
    assertThat(view.timeOff.getElement().getTextRecursively()).isEqualTo("Congé");
    String hours =
        _get(Div.class, spec -> spec.withId("schedule-opening-hours"))
            .getElement()
            .getTextRecursively();
    assertThat(hours).contains("Heures d’ouverture", "lun.", "8 h 00 à 17 h 00", "mar.", "Fermé");
    assertThat(textOf(UI.getCurrent())).doesNotContain("!");

    JsonNode options = (JsonNode) view.calendar.getElement().getPropertyRaw("options");
    assertThat(options.get("locale").asString()).isEqualTo("fr-ca");
    assertThat(options.get("buttonText").get("today").asString()).isEqualTo("Aujourd’hui");

    choose(view, shop.alex());
    select(view.calendar, weekday(view, DayOfWeek.TUESDAY), 8, 12);
    expectNotifications("Ajouté\u00a0: mardi de 8 h 00 à 12 h 00 pour Alex Martin");
    weeklyHours.addWindow(
        shop.shopId(),
        shop.alex(),
        WindowHours.weekly(
            DayOfWeek.WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0), new BigDecimal("1.5")));
    view.refresh();
    assertThat(windows(view)).extracting(e -> e.title()).contains("Standard", "×1,5 pointe");
    assertThat(view.undo.getTooltip().getText())
        .isEqualTo("Défaire\u00a0: l’ajout du mardi de 8 h 00 à 12 h 00");
  }

  @Test
  void everyDialogMarksItsInvalidFieldsInFrench() {
    ScheduleView view = openInFrench();

    // Drawn for everyone: for whom, at what price?
    select(view.calendar, weekday(view, DayOfWeek.MONDAY), 9, 12);
    Dialog drawn = _get(Dialog.class);
    assertThat(drawn.getHeaderTitle())
        .isEqualTo("Nouvelles heures\u00a0: lundi de 9 h 00 à 12 h 00");
    var who = _get(drawn, Select.class, spec -> spec.withLabel("Mécanicien"));
    var multiplier = _get(BigDecimalField.class, spec -> spec.withId("window-multiplier"));
    assertThat(multiplier.getLabel()).isEqualTo("Multiplicateur de prix");
    who.setValue(null);
    _setValue(multiplier, new BigDecimal("9"));
    save();
    _expectInvalid(who, "Choisissez un mécanicien");
    _expectInvalid(multiplier, "Choisissez un multiplicateur de prix entre 0,5 et 3,0");
    assertThat(textOf(UI.getCurrent())).doesNotContain("!");
    close();

    choose(view, shop.alex());
    ContextMenuKt._click(view.actions, view.changeDay);
    assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Modifier une journée");
    DatePicker date = _get(DatePicker.class, spec -> spec.withLabel("Date"));
    TimePicker until = _get(TimePicker.class, spec -> spec.withLabel("Au"));
    assertThat(date.getI18n().getToday()).isEqualTo("Aujourd’hui");
    _setValue(date, null);
    _setValue(_get(Checkbox.class, spec -> spec.withLabel("Jour de congé")), false);
    _setValue(_get(TimePicker.class, spec -> spec.withLabel("Du")), LocalTime.of(14, 0));
    _setValue(until, LocalTime.of(9, 0));
    save();
    _expectInvalid(date, "Choisissez une date");
    _expectInvalid(until, "La fin doit être après le début");
    assertThat(textOf(UI.getCurrent())).doesNotContain("!");
    close();

    ContextMenuKt._click(view.actions, view.timeOff);
    DatePicker first = _get(DatePicker.class, spec -> spec.withLabel("Premier jour"));
    DatePicker last = _get(DatePicker.class, spec -> spec.withLabel("Dernier jour"));
    _setValue(first, null);
    _setValue(last, null);
    save();
    _expectInvalid(first, "Choisissez le premier jour");
    _expectInvalid(last, "Choisissez le dernier jour");
    close();

    ContextMenuKt._click(view.actions, view.copyWeek);
    @SuppressWarnings("unchecked")
    MultiSelectComboBox<ShopSchedule.Mechanic> targets =
        _get(MultiSelectComboBox.class, spec -> spec.withLabel("Pour"));
    DatePicker from = _get(DatePicker.class, spec -> spec.withLabel("Du"));
    _setValue(targets, Set.of());
    _setValue(from, null);
    save();
    _expectInvalid(targets, "Choisissez les mécaniciens");
    _expectInvalid(from, "Choisissez le premier jour");
    assertThat(textOf(UI.getCurrent())).doesNotContain("!");
    close();

    ContextMenuKt._click(view.actions, view.templates);
    TextField name = _get(TextField.class, spec -> spec.withLabel("Nom du modèle"));
    _click(_get(Button.class, spec -> spec.withId("save-template")));
    _expectInvalid(name, "Nommez le modèle");
    assertThat(textOf(UI.getCurrent())).contains("Aucun modèle pour l’instant").doesNotContain("!");
    _click(_get(Button.class, spec -> spec.withText("Fermer")));

    ContextMenuKt._click(view.actions, view.policy);
    assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Règles de réservation");
    IntegerField step =
        _get(IntegerField.class, spec -> spec.withLabel("Une plage toutes les (minutes)"));
    IntegerField notice =
        _get(IntegerField.class, spec -> spec.withLabel("Préavis minimum (minutes)"));
    _setValue(step, 90);
    _setValue(notice, null);
    save();
    _expectInvalid(step, "Les plages commencent toutes les 5 à 60 minutes");
    _expectInvalid(notice, "Remplissez «\u00a0Préavis minimum (minutes)\u00a0»");
    assertThat(textOf(UI.getCurrent())).doesNotContain("!");
  }

  @Test
  void aRefusalOnTheCalendarIsSaidInFrench() {
    ScheduleView view = openInFrench();
    choose(view, shop.alex());
    LocalDate tuesday = weekday(view, DayOfWeek.TUESDAY);
    select(view.calendar, tuesday, 8, 12);
    clearNotifications();

    select(view.calendar, tuesday, 11, 14);

    expectNotifications("Cela chevauche les heures du mardi de 8 h 00 à 12 h 00");
  }
}

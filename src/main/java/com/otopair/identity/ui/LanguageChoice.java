package com.otopair.identity.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.I18n;
import com.otopair.identity.AccountLanguages;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;

/**
 * The account's language, on the profile page: kept on the account (its pages on every device and
 * the mails sent to it read it), and this page reloads in it. Each language is named in itself.
 */
class LanguageChoice extends Composite<Div> {

  final Select<Locale> language = new Select<>();

  LanguageChoice(AccountLanguages languages) {
    language.setLabel(getTranslation("identity.profile.language.label"));
    language.setItems(I18n.LOCALES);
    language.setItemLabelGenerator(
        locale ->
            I18n.t(
                locale.equals(I18n.FRENCH)
                    ? "identity.profile.language.french"
                    : "identity.profile.language.english"));
    language.setValue(I18n.current());
    language.setId("profile-language");
    language.addValueChangeListener(
        change -> {
          Locale chosen = change.getValue();
          if (chosen != null && !chosen.equals(I18n.current())) {
            languages.choose(CurrentUser.require().id(), chosen);
            getUI()
                .ifPresent(
                    ui -> {
                      ui.setLocale(chosen);
                      ui.getPage().reload();
                    });
          }
        });
    getContent()
        .add(
            new H2(getTranslation("identity.profile.language.heading")),
            new Paragraph(getTranslation("identity.profile.language.text")),
            language);
    getContent().addClassName("otopair-card");
  }
}

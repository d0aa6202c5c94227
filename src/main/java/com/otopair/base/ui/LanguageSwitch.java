package com.otopair.base.ui;

import com.otopair.base.I18n;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;

/**
 * The way to the other language, named in that language ("Français" on an English page, "English"
 * on a French one), as bilingual sites in Québec do: one word in the top bar and on public pages.
 */
public class LanguageSwitch extends Button {

  public LanguageSwitch() {
    addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
    addClassName("otopair-language-switch");
    setId("language-switch");
    addAttachListener(
        attach -> {
          Locale other = other(attach.getUI());
          setText(I18n.t(other, "base.language.switch"));
          getElement().setAttribute("lang", other.toLanguageTag());
          getElement().setAttribute("aria-label", I18n.t(other, "base.language.switch.label"));
        });
    addClickListener(
        click ->
            getUI()
                .ifPresent(
                    ui ->
                        VaadinService.getCurrent()
                            .getInstantiator()
                            .getOrCreate(UiLanguage.class)
                            .choose(ui, other(ui))));
  }

  private static Locale other(UI ui) {
    return I18n.supported(ui.getLocale()).equals(I18n.FRENCH) ? I18n.ENGLISH : I18n.FRENCH;
  }
}

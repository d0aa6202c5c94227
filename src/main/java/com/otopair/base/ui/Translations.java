package com.otopair.base.ui;

import com.otopair.base.I18n;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Vaadin's {@link I18NProvider} over Otopair's bundles ({@link I18n}): what {@code
 * getTranslation(key, args)} reads in every view and component.
 */
@Component
class Translations implements I18NProvider {

  @Override
  public List<Locale> getProvidedLocales() {
    return I18n.LOCALES;
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    return I18n.t(locale, key, params);
  }
}

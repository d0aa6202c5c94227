package com.otopair.base;

import java.text.MessageFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.AbstractMessageSource;
import org.springframework.stereotype.Component;

/**
 * Spring's {@code messageSource} over Otopair's bundles ({@link I18n}): what bean validation's
 * {@code message = "{booking.api.vin.invalid}"} and any Spring message lookup read, in the
 * request's language.
 */
@Component("messageSource")
class BundleMessages extends AbstractMessageSource {

  @Override
  protected @Nullable MessageFormat resolveCode(String code, Locale locale) {
    return I18n.has(code) ? new MessageFormat(I18n.t(locale, code), I18n.supported(locale)) : null;
  }

  @Override
  protected @Nullable String resolveCodeWithoutArguments(String code, Locale locale) {
    return I18n.has(code) ? I18n.t(locale, code) : null;
  }
}

package com.otopair.base;

import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Otopair's words in English and Québec French: every user-visible string is a key in the bundles
 * under {@code vaadin-i18n/}, one pair per module ({@code booking.properties} and {@code
 * booking_fr_CA.properties}, keys starting {@code booking.}). Pages, mails, PDFs and the API's
 * problems all read them through here: Vaadin through {@code base.ui.Translations}, Thymeleaf
 * through its message resolver.
 *
 * <p>Values are {@link MessageFormat} patterns ({@code {0}}, {@code {1,number}}) written with the
 * typographic apostrophe (’), so that no value needs quoting; {@code BundlesTest} keeps both
 * bundles with the same keys and placeholders.
 *
 * <p>Whose language: inside a page, the page's (its {@link UI}'s locale); elsewhere, the one set
 * with {@link #in(Locale, Supplier)} (a mail is rendered in its recipient's language) or by the web
 * request (the API answers in the {@code Accept-Language} asked for).
 */
public final class I18n {

  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final Locale FRENCH = Locale.CANADA_FRENCH;

  /** The languages Otopair speaks, English first (the default). */
  public static final List<Locale> LOCALES = List.of(ENGLISH, FRENCH);

  private static final Logger log = LoggerFactory.getLogger(I18n.class);
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-zA-Z0-9-]+)+");
  private static final Map<Locale, Map<String, String>> BUNDLES = load();

  /** The language {@link #in} set for this thread, which wins over the page's. */
  private static final ThreadLocal<Locale> CHOSEN = new ThreadLocal<>();

  private I18n() {}

  /** English or French: French for any French locale (fr, fr-FR, fr-CA), English otherwise. */
  public static Locale supported(Locale locale) {
    return locale != null && locale.getLanguage().equals("fr") ? FRENCH : ENGLISH;
  }

  /** The locale of a language tag kept on an account or in a cookie ("en", "fr"). */
  public static Locale ofTag(String tag) {
    return tag == null ? ENGLISH : supported(Locale.forLanguageTag(tag));
  }

  /** "en" or "fr": how an account and a cookie keep the language. */
  public static String tag(Locale locale) {
    return supported(locale).getLanguage();
  }

  /**
   * The reader's language: the one {@link #in} chose (a mail's recipient's, even when a page sends
   * it), else the page's, else the web request's, else English.
   */
  public static Locale current() {
    Locale chosen = CHOSEN.get();
    if (chosen != null) {
      return chosen;
    }
    UI ui = UI.getCurrent();
    if (ui != null) {
      return supported(ui.getLocale());
    }
    var context = LocaleContextHolder.getLocaleContext();
    return context == null ? ENGLISH : supported(context.getLocale());
  }

  /** The text of {@code key} in the reader's language. */
  public static String t(String key, Object... args) {
    return t(current(), key, args);
  }

  /**
   * The text of {@code key} in {@code locale}, its placeholders filled with {@code args}. A key
   * that is missing reads {@code !key!} (and is logged), so a test or a look at the page sees it.
   */
  public static String t(Locale locale, String key, Object... args) {
    String pattern = BUNDLES.get(supported(locale)).get(key);
    if (pattern == null) {
      if (!isKey(key)) {
        throw new IllegalArgumentException("Not a message key: " + key);
      }
      log.warn("No translation for {} in {}", key, supported(locale));
      return "!" + key + "!";
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(args);
  }

  /** Whether {@code text} has the shape of a key ("booking.hold.vin.label"), not of words. */
  public static boolean isKey(String text) {
    return KEY.matcher(text).matches();
  }

  /** Whether {@code key} is in the bundles. */
  public static boolean has(String key) {
    return BUNDLES.get(ENGLISH).containsKey(key);
  }

  /** Every key of the bundles, sorted. */
  public static Set<String> keys() {
    return new TreeSet<>(BUNDLES.get(ENGLISH).keySet());
  }

  /** Every key and its text in {@code locale}. */
  public static Map<String, String> all(Locale locale) {
    return Map.copyOf(BUNDLES.get(supported(locale)));
  }

  /**
   * Runs {@code work} in {@code locale}'s language: what it renders ({@link #t(String, Object...)},
   * {@link Formats#current()}) reads in that language, whoever triggered it.
   */
  public static <T> T in(Locale locale, Supplier<T> work) {
    var before = LocaleContextHolder.getLocaleContext();
    Locale chosenBefore = CHOSEN.get();
    LocaleContextHolder.setLocale(supported(locale));
    CHOSEN.set(supported(locale));
    try {
      return work.get();
    } finally {
      LocaleContextHolder.setLocaleContext(before);
      if (chosenBefore == null) {
        CHOSEN.remove();
      } else {
        CHOSEN.set(chosenBefore);
      }
    }
  }

  /** Loads {@code vaadin-i18n/*.properties}: the files without a suffix are English. */
  private static Map<Locale, Map<String, String>> load() {
    Map<String, String> english = new HashMap<>();
    Map<String, String> french = new HashMap<>();
    try {
      Resource[] files =
          new PathMatchingResourcePatternResolver(I18n.class.getClassLoader())
              .getResources("classpath*:vaadin-i18n/*.properties");
      for (Resource file : files) {
        String name = file.getFilename();
        if (name == null) {
          continue;
        }
        Map<String, String> into = name.endsWith("_fr_CA.properties") ? french : english;
        var properties = new Properties();
        try (InputStream in = file.getInputStream()) {
          properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        properties.forEach((key, value) -> into.put((String) key, (String) value));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the translations", e);
    }
    return Map.of(ENGLISH, Map.copyOf(english), FRENCH, Map.copyOf(french));
  }
}

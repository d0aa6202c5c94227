package com.otopair.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Otopair's two languages stay in step: each module's English bundle has a French twin with the
 * same keys, no value is empty, both sides of a key take the same placeholders, every value is a
 * valid pattern, and no key is written twice.
 */
class BundlesTest {

  static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{},]+)[^{}]*}");

  @Test
  void everyEnglishBundleHasAFrenchTwinWithTheSameKeys() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path english : englishBundles()) {
      String module = module(english);
      Path french = english.resolveSibling(module + "_fr_CA.properties");
      if (!Files.exists(french)) {
        problems.add(module + ": no " + french.getFileName());
        continue;
      }
      Set<String> en = read(english).keySet();
      Set<String> fr = read(french).keySet();
      difference(en, fr).forEach(key -> problems.add(key + ": in English, not in French"));
      difference(fr, en).forEach(key -> problems.add(key + ": in French, not in English"));
    }
    try (Stream<Path> files = Files.list(BUNDLES)) {
      files
          .filter(file -> file.getFileName().toString().endsWith("_fr_CA.properties"))
          .filter(
              file ->
                  !Files.exists(
                      file.resolveSibling(file.getFileName().toString().replace("_fr_CA", ""))))
          .forEach(file -> problems.add(file.getFileName() + ": no English twin"));
    }
    assertThat(problems).isEmpty();
    assertThat(I18n.keys()).isNotEmpty();
  }

  @Test
  void everyKeyBelongsToItsModulesBundle() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : allBundles()) {
      String module = module(file);
      read(file).keySet().stream()
          .filter(key -> !key.startsWith(module + "."))
          .forEach(key -> problems.add(file.getFileName() + ": " + key));
      read(file).keySet().stream()
          .filter(key -> !I18n.isKey(key))
          .forEach(key -> problems.add(file.getFileName() + ": not a key's shape: " + key));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void noValueIsEmptyAndBothLanguagesTakeTheSamePlaceholders() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path english : englishBundles()) {
      Map<String, String> en = read(english);
      Map<String, String> fr = read(english.resolveSibling(module(english) + "_fr_CA.properties"));
      en.forEach(
          (key, value) -> {
            String french = fr.getOrDefault(key, "");
            if (value.isBlank()) {
              problems.add(key + ": empty in English");
            }
            if (french.isBlank()) {
              problems.add(key + ": empty in French");
            }
            if (!placeholders(value).equals(placeholders(french))) {
              problems.add(
                  key
                      + ": English takes "
                      + placeholders(value)
                      + ", French "
                      + placeholders(french));
            }
          });
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyValueIsAPatternWithoutAStraightApostrophe() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : allBundles()) {
      read(file)
          .forEach(
              (key, value) -> {
                if (value.contains("'")) {
                  problems.add(file.getFileName() + " " + key + ": write ’, not '");
                }
                try {
                  new MessageFormat(value);
                } catch (IllegalArgumentException e) {
                  problems.add(file.getFileName() + " " + key + ": " + e.getMessage());
                }
              });
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void frenchReadsFrenchAndAnyOtherLanguageReadsEnglish() {
    assertThat(I18n.t(I18n.FRENCH, "base.nav.sign-out")).isEqualTo("Se déconnecter");
    assertThat(I18n.t(Locale.forLanguageTag("fr-FR"), "base.nav.sign-out"))
        .isEqualTo("Se déconnecter");
    assertThat(I18n.t(Locale.GERMAN, "base.nav.sign-out")).isEqualTo("Sign out");
    assertThat(I18n.t(I18n.FRENCH, "base.error.unexpected", "ab12"))
        .isEqualTo("Un problème est survenu. Veuillez réessayer; référence ab12.");
  }

  @Test
  void aLanguageSetForAPieceOfWorkWinsOverThePagesAndEndsWithIt() {
    var ui = new UI();
    ui.setLocale(I18n.ENGLISH);
    UI.setCurrent(ui);
    try {
      assertThat(I18n.in(I18n.FRENCH, () -> I18n.t("base.nav.sign-out")))
          .isEqualTo("Se déconnecter");
      assertThat(I18n.in(I18n.FRENCH, () -> I18n.in(I18n.ENGLISH, I18n::current)))
          .isEqualTo(I18n.ENGLISH);
      assertThat(I18n.t("base.nav.sign-out")).isEqualTo("Sign out");
    } finally {
      UI.setCurrent(null);
    }
  }

  static List<Path> allBundles() throws IOException {
    try (Stream<Path> files = Files.list(BUNDLES)) {
      return files.filter(file -> file.toString().endsWith(".properties")).sorted().toList();
    }
  }

  static List<Path> englishBundles() throws IOException {
    return allBundles().stream()
        .filter(file -> !file.getFileName().toString().contains("_"))
        .toList();
  }

  private static String module(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.indexOf(name.contains("_") ? '_' : '.'));
  }

  /** The keys and values of a bundle, read strictly as UTF-8, refusing a key written twice. */
  static Map<String, String> read(Path file) throws IOException {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError(file + " is not UTF-8", e);
    }
    Map<String, String> entries = new LinkedHashMap<>();
    var properties = new Properties();
    properties.load(new StringReader(text));
    for (String line : text.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#") || line.startsWith(" ")) {
        continue;
      }
      int equals = trimmed.indexOf('=');
      if (equals > 0) {
        String key = trimmed.substring(0, equals).strip();
        if (entries.put(key, properties.getProperty(key, "")) != null) {
          throw new AssertionError(file.getFileName() + ": " + key + " is written twice");
        }
      }
    }
    return entries;
  }

  private static Set<String> placeholders(String value) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(value);
    while (matcher.find()) {
      names.add(matcher.group(1).strip());
    }
    return names;
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }
}

package com.otopair.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No view, component, mail, document or refusal carries its words in the code: they are keys of the
 * bundles. The scan reads every class of the modules that speak to people and flags a string that
 * reads like words for them; and every key the code or a mail template names is in the bundles.
 *
 * <p>A line that must keep a literal (a brand name, a format a machine reads) says why at its end:
 * {@code // i18n: not words, a zone id}. Run one module's findings with {@code
 * -Dhardcoded.module=booking}.
 */
class HardcodedStringsTest {

  private static final Path SOURCES = Path.of("src/main/java/com/otopair");
  private static final Path TEMPLATES = Path.of("src/main/resources/templates/mail");

  /** A literal that reads like words: a capital then a small letter, or two small words. */
  private static final Pattern WORDS =
      Pattern.compile("^\\s*[A-ZÀ-Ý][a-zà-ÿ’']|[a-zà-ÿ]{2,}[ ’'][a-zà-ÿ]{2,}");

  /** Refusals: their message is a key whatever the class. */
  private static final Pattern REFUSAL =
      Pattern.compile(
          "new (InvalidRequest|NotFound|NotAllowed|Conflict|PaymentFailed)Exception\\(");

  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** Lines whose literals are for machines or developers, not for people. */
  private static final Pattern MACHINE_LINE =
      Pattern.compile(
          "\\blog\\.|\\bIllegal(State|Argument)Exception\\(|\\bUnchecked\\w*Exception\\(|"
              + "\\bAssertionError\\(|getStyle\\(\\)|addClassName|setId\\(|executeJs\\(|"
              + "@Query|@Scheduled|@Value|@Route|@RouteAlias|@StyleSheet|@JsModule|@CssImport|"
              + "@SchedulerLock|@Meta|ZoneId\\.of|// i18n:|"
              // The API's description is for developers, in English like its field names.
              + "@Schema|@Operation|@Parameter|@Tag|@ApiResponse|\\b(description|summary|example)"
              + " = ");

  private static final Pattern KEY_LITERAL =
      Pattern.compile(
          "\"\\{?((?:base|booking|calendar|consult|jobs|payments|shops|team|identity|notifications|scheduling|audit|reviews|crm)"
              + "\\.[a-zA-Z0-9.-]*[a-zA-Z0-9])}?\"");
  private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z][\\w.-]*)");

  @Test
  void noUserVisibleStringIsWrittenInTheCode() throws IOException {
    String only = System.getProperty("hardcoded.module");
    List<String> findings = new ArrayList<>();
    for (Path file : javaFiles()) {
      String module = SOURCES.relativize(file).getName(0).toString();
      boolean checked = only == null || only.equals(module);
      if (checked) {
        findings.addAll(scan(file, speaksToPeople(file)));
      }
    }
    assertThat(findings).as("strings to move into the bundles").isEmpty();
  }

  @Test
  void everyKeyTheCodeAndTheMailsNameIsInTheBundles() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path file : javaFiles()) {
      String code =
          Files.readAllLines(file).stream()
              .filter(line -> !line.strip().startsWith("*") && !line.strip().startsWith("/"))
              .collect(Collectors.joining("\n"));
      Matcher matcher = KEY_LITERAL.matcher(code);
      while (matcher.find()) {
        if (!I18n.has(matcher.group(1)) && looksWhole(matcher.group(1))) {
          missing.add(SOURCES.relativize(file) + ": " + matcher.group(1));
        }
      }
    }
    try (Stream<Path> templates = Files.list(TEMPLATES)) {
      for (Path template : templates.toList()) {
        Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
        while (matcher.find()) {
          if (!I18n.has(matcher.group(1))) {
            missing.add(template.getFileName() + ": " + matcher.group(1));
          }
        }
      }
    }
    assertThat(missing).as("keys missing from the bundles").isEmpty();
  }

  /** Views, components, web answers, mails and documents: every class that writes for people. */
  private static boolean speaksToPeople(Path file) {
    String path = file.toString().replace('\\', '/');
    return path.contains("/ui/")
        || path.contains("/web/")
        || path.contains("/notifications/")
        || path.matches(".*/(Invoice|Receipt)\\w*\\.java")
        || path.endsWith("Roles.java");
  }

  /**
   * The findings of one file: every refusal whose message is not a key, and, where {@code words},
   * every literal that reads like words.
   */
  static List<String> scan(Path file, boolean words) throws IOException {
    List<String> findings = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    boolean inComment = false;
    boolean inTextBlock = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String code = line;
      if (inComment) {
        int end = code.indexOf("*/");
        if (end < 0) {
          continue;
        }
        code = code.substring(end + 2);
        inComment = false;
      }
      if (code.contains("\"\"\"")) {
        inTextBlock = !inTextBlock;
        continue;
      }
      if (inTextBlock || code.strip().startsWith("*") || code.strip().startsWith("//")) {
        continue;
      }
      int open = code.indexOf("/*");
      if (open >= 0 && !code.substring(0, open).contains("\"")) {
        inComment = !code.substring(open).contains("*/");
        code = code.substring(0, open);
      }
      if (MACHINE_LINE.matcher(line).find()) {
        continue;
      }
      boolean refusal = REFUSAL.matcher(code).find() || refusalContinues(lines, i);
      Matcher literal = LITERAL.matcher(code);
      while (literal.find()) {
        String text = literal.group(1);
        boolean key = I18n.isKey(text);
        if ((refusal && !key && !text.isBlank() && !isFieldName(text, code))
            || (words && !key && WORDS.matcher(text).find())) {
          findings.add(SOURCES.relativize(file) + ":" + (i + 1) + ": \"" + text + "\"");
        }
      }
    }
    return findings;
  }

  /** A refusal's words may sit on the line after {@code new XException(}. */
  private static boolean refusalContinues(List<String> lines, int i) {
    return i > 0
        && REFUSAL.matcher(lines.get(i - 1)).find()
        && lines.get(i - 1).strip().endsWith("(");
  }

  /** The field a refusal names ("vin", "email"): a Java-ish identifier, not words. */
  private static boolean isFieldName(String text, String code) {
    return text.matches("[a-z][a-zA-Z0-9]*") && code.contains("\"" + text + "\",");
  }

  /** A key literal, not a prefix that code completes ("base.role." + role). */
  private static boolean looksWhole(String key) {
    return !key.endsWith(".");
  }

  private static List<Path> javaFiles() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .filter(file -> !file.toString().contains("/demo/"))
          .sorted()
          .toList();
    }
  }
}

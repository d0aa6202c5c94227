package com.otopair.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import org.junit.jupiter.api.Test;

/**
 * The theme's stylesheet closes every block it opens. Browsers nest whatever follows an unclosed
 * rule inside it (CSS nesting), so one missing brace silently switches off every later rule: the
 * live-session pages' styles were lost that way.
 */
class ThemeStylesheetTest {

  @Test
  void everyRuleOfTheThemeIsClosedBeforeTheNextOneStarts() throws Exception {
    String css = Files.readString(Path.of("themes/otopair/styles.css"));
    String code = css.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("\"[^\"]*\"", "\"\"");
    int depth = 0;
    int line = 1;
    for (char c : code.toCharArray()) {
      if (c == '\n') {
        line++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        assertThat(depth).as("a closing brace without its rule, line %d", line).isNotNegative();
      }
    }
    assertThat(depth).as("rules left open at the end of the stylesheet").isZero();
  }

  @Test
  void noRuleOpensInsideAnotherExceptAtRules() throws Exception {
    String css = Files.readString(Path.of("themes/otopair/styles.css"));
    String code = css.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("\"[^\"]*\"", "\"\"");
    var open = new ArrayDeque<String>();
    StringBuilder selector = new StringBuilder();
    for (char c : code.toCharArray()) {
      if (c == '{') {
        String name = selector.toString().strip();
        if (!open.isEmpty()) {
          assertThat(open.peek())
              .as("the rule '%s' opens inside '%s'", name, open.peek())
              .startsWith("@");
        }
        open.push(name);
        selector.setLength(0);
      } else if (c == '}') {
        open.pop();
        selector.setLength(0);
      } else if (c == ';') {
        selector.setLength(0);
      } else {
        selector.append(c);
      }
    }
    assertThat(open).isEmpty();
  }
}

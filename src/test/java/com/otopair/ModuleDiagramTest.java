package com.otopair;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module diagram the README links ({@value #COMMITTED}/{@value #FILE}) is the one Spring
 * Modulith's {@link Documenter} draws from the code today. The test draws it into {@code target/}
 * and compares; only when asked ({@value #REGENERATE}) does it write the committed copy.
 */
class ModuleDiagramTest {

  /** Where the committed diagram lives, from the project's root. */
  static final String COMMITTED = "docs/modules";

  /** The diagram of all modules, as the {@link Documenter} names it. */
  static final String FILE = "components.puml";

  static final String UPDATE = "otopair.module-diagram.update";

  /** The command that regenerates the committed diagram. */
  static final String REGENERATE = "mvn -o test -Dtest=ModuleDiagramTest -D" + UPDATE + "=true";

  @Test
  void theCommittedModuleDiagramIsCurrent() throws IOException {
    Path committed = Path.of(COMMITTED, FILE);
    Path drawn =
        Boolean.getBoolean(UPDATE) ? Path.of(COMMITTED) : Path.of("target", "module-diagram");
    new Documenter(
            ApplicationModules.of(OtopairApplication.class),
            Documenter.Options.defaults().withOutputFolder(drawn.toString()))
        .writeModulesAsPlantUml();
    Path diagram = drawn.resolve(FILE);
    Files.write(diagram, sorted(Files.readAllLines(diagram)));

    assertThat(Files.exists(committed) ? Files.readString(committed) : "")
        .as("%s is stale: the modules changed. Regenerate it with: %s", committed, REGENERATE)
        .isEqualTo(Files.readString(diagram));
  }

  /**
   * The diagram with each run of modules and of relations in name order: the {@link Documenter}
   * writes them in an order that changes from one run to the next.
   */
  private static List<String> sorted(List<String> lines) {
    List<String> result = new ArrayList<>();
    List<String> run = new ArrayList<>();
    String kind = "";
    for (String line : lines) {
      String lineKind =
          line.strip().startsWith("Rel(") || line.strip().startsWith("Component(")
              ? line.strip().substring(0, line.strip().indexOf('('))
              : "";
      if (!lineKind.equals(kind)) {
        run.sort(null);
        result.addAll(run);
        run.clear();
        kind = lineKind;
      }
      if (lineKind.isEmpty()) {
        result.add(line);
      } else {
        run.add(line);
      }
    }
    run.sort(null);
    result.addAll(run);
    return result;
  }
}

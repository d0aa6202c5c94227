package com.otopair;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tells a jar made by a plain {@code mvn package} from one that can run: only the production build
 * ({@code mvn -Pproduction package}) carries the compiled frontend, and a development jar leaves
 * out Vaadin's development server, so started with {@code java -jar} it could only fail.
 */
final class PackagedJar {

  static final String MESSAGE =
      "This jar was built for development and cannot run on its own: build it with"
          + " 'mvn -Pproduction package', or run Otopair with 'mvn spring-boot:run'.";

  private static final Pattern PRODUCTION = Pattern.compile("\"productionMode\"\\s*:\\s*true");

  private PackagedJar() {}

  /** Why this process cannot start, or null when it can. */
  static @Nullable String problem() {
    URL self = OtopairApplication.class.getResource("OtopairApplication.class");
    boolean packaged = self != null && !"file".equals(self.getProtocol());
    boolean devServer =
        OtopairApplication.class
                .getClassLoader()
                .getResource("com/vaadin/base/devserver/startup/DevModeStartupListener.class")
            != null;
    return problem(packaged, devServer, buildInfo());
  }

  /**
   * A packaged application without the development server runs only in production mode, which the
   * production build writes into Vaadin's build info.
   */
  static @Nullable String problem(boolean packaged, boolean devServer, @Nullable String buildInfo) {
    if (!packaged || devServer || System.getProperty("vaadin.productionMode") != null) {
      return null;
    }
    return buildInfo != null && PRODUCTION.matcher(buildInfo).find() ? null : MESSAGE;
  }

  private static @Nullable String buildInfo() {
    try (InputStream in =
        OtopairApplication.class
            .getClassLoader()
            .getResourceAsStream("META-INF/VAADIN/config/flow-build-info.json")) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }
}

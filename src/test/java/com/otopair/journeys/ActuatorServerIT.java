package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.demo.DemoAccounts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Health is open to the load balancer; metrics and the software bill of materials (CycloneDX, made
 * by the build) are for admins only, and every metric the alert rules and the dashboard name is
 * served.
 */
class ActuatorServerIT extends RunningServer {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path, String email)
      throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(URI.create(BASE + path));
    if (email != null) {
      String credentials = email + ":" + DemoAccounts.PASSWORD;
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthAndProbesAreOpenToAnyone() throws Exception {
    assertThat(get("actuator/health", null).statusCode()).isEqualTo(200);
    assertThat(get("actuator/health/readiness", null).body()).contains("\"status\":\"UP\"");
    assertThat(get("actuator/health/liveness", null).statusCode()).isEqualTo(200);
  }

  @Test
  void prometheusMetricsNeedAnAdmin() throws Exception {
    assertThat(get("actuator/prometheus", null).statusCode()).isEqualTo(401);
    // A shop owner: the admin journey suspends the demo customer in this same context.
    String notAnAdmin = DemoAccounts.SHOP_OWNERS.getFirst().email();
    assertThat(get("actuator/prometheus", notAnAdmin).statusCode()).isEqualTo(403);
    var admin = get("actuator/prometheus", DemoAccounts.ADMIN.email());
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.body()).contains("jvm_memory_used_bytes");
  }

  private static final Pattern METRIC = Pattern.compile("\\b(otopair_[a-z0-9_]+)\\b");

  /** Every {@code expr} of a parsed YAML or JSON tree, however deep (rules, nested panels). */
  private static void exprs(Object node, List<String> found) {
    if (node instanceof Map<?, ?> map) {
      map.forEach(
          (key, value) -> {
            if ("expr".equals(key) && value instanceof String expr) {
              found.add(expr);
            } else {
              exprs(value, found);
            }
          });
    } else if (node instanceof List<?> list) {
      list.forEach(item -> exprs(item, found));
    }
  }

  private static void exprs(JsonNode node, List<String> found) {
    if (node.isObject()) {
      node.properties()
          .forEach(
              field -> {
                if ("expr".equals(field.getKey()) && field.getValue().isString()) {
                  found.add(field.getValue().asString());
                } else {
                  exprs(field.getValue(), found);
                }
              });
    } else if (node.isArray()) {
      node.forEach(item -> exprs(item, found));
    }
  }

  private static Set<String> names(List<String> exprs) {
    Set<String> names = new TreeSet<>();
    for (String expr : exprs) {
      Matcher matcher = METRIC.matcher(expr);
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
    }
    return names;
  }

  /**
   * A timer's series share its name: {@code _bucket}, {@code _count}, {@code _sum}, {@code _max}.
   */
  private static String family(String series) {
    return series.replaceFirst("_(bucket|count|sum|max)$", "");
  }

  @Test
  void everyMetricTheRulesAndTheDashboardNameIsServedAndEveryOneIsWatched() throws Exception {
    List<String> ruleExprs = new ArrayList<>();
    exprs(
        (Object) new Yaml().load(Files.readString(Path.of("ops/prometheus/otopair-rules.yml"))),
        ruleExprs);
    List<String> panelExprs = new ArrayList<>();
    exprs(
        JsonMapper.builder()
            .build()
            .readTree(Files.readString(Path.of("ops/grafana/otopair.json"))),
        panelExprs);
    assertThat(ruleExprs).hasSizeGreaterThanOrEqualTo(6);
    assertThat(panelExprs).hasSizeGreaterThanOrEqualTo(10);

    var scrape = get("actuator/prometheus", DemoAccounts.ADMIN.email());
    assertThat(scrape.statusCode()).isEqualTo(200);
    Set<String> served =
        scrape
            .body()
            .lines()
            .filter(line -> line.startsWith("otopair_"))
            .map(line -> line.split("[{ ]", 2)[0])
            .collect(Collectors.toCollection(TreeSet::new));

    Set<String> named = names(ruleExprs);
    named.addAll(names(panelExprs));
    Set<String> missing = new TreeSet<>(named);
    missing.removeAll(served);
    assertThat(missing).as("named by a rule or a panel, not served").isEmpty();

    Set<String> watched = named.stream().map(ActuatorServerIT::family).collect(Collectors.toSet());
    assertThat(served.stream().filter(series -> !watched.contains(family(series))).toList())
        .as("served, watched by no rule and no panel")
        .isEmpty();
    // Each business family is there from startup, at 0 until its fact happens.
    assertThat(served)
        .contains(
            "otopair_bookings_held_total",
            "otopair_bookings_cancelled_total",
            "otopair_payments",
            "otopair_outbox_publications",
            "otopair_mail_failed_total",
            "otopair_consult_sessions_waiting",
            "otopair_consult_wait_seconds_bucket",
            "otopair_chat_delivery_seconds_bucket");
  }

  @Test
  void theBuildsSbomIsServedToAdminsOnly() throws Exception {
    assertThat(get("actuator/sbom/application", null).statusCode()).isEqualTo(401);
    assertThat(get("actuator/sbom", null).statusCode()).isEqualTo(401);
    String notAnAdmin = DemoAccounts.SHOP_OWNERS.getFirst().email();
    assertThat(get("actuator/sbom/application", notAnAdmin).statusCode()).isEqualTo(403);

    var admin = get("actuator/sbom/application", DemoAccounts.ADMIN.email());
    assertThat(admin.statusCode()).isEqualTo(200);
    JsonNode bom = JSON.readTree(admin.body());
    assertThat(bom.path("bomFormat").asString()).isEqualTo("CycloneDX");
    assertThat(bom.path("metadata").path("component").path("name").asString()).isEqualTo("otopair");
    // The libraries the application runs on, with their versions.
    Map<String, String> components = new HashMap<>();
    bom.path("components")
        .forEach(c -> components.put(c.path("name").asString(), c.path("version").asString()));
    assertThat(components)
        .containsKeys("spring-boot", "spring-security-web", "vaadin-spring", "postgresql")
        .containsEntry("stripe-java", "33.3.0");
    assertThat(get("actuator/sbom", DemoAccounts.ADMIN.email()).body()).contains("application");
  }
}

package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.demo.DemoAccounts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Health is open to the load balancer; metrics and the software bill of materials (CycloneDX, made
 * by the build) are for admins only.
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

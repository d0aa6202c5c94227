package com.otopair.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy is built from the settings: the tile server and LiveKit's server are
 * let through as origins (never a path, never more than their host), and a setting that would not
 * make a source expression stops the start instead of opening the policy.
 */
class SecurityHeadersTest {

  private static List<String> directive(String policy, String name) {
    return Arrays.stream(policy.split("; "))
        .filter(directive -> directive.startsWith(name + " "))
        .map(directive -> directive.substring(name.length() + 1))
        .findFirst()
        .map(sources -> List.of(sources.split(" ")))
        .orElseThrow(() -> new AssertionError(name + " missing from " + policy));
  }

  @Test
  void theDefaultSettingsLetThroughOpenStreetMapsTilesAndNothingElseFromElsewhere() {
    String policy = SecurityHeaders.policy("", "https://tile.openstreetmap.org/{z}/{x}/{y}.png");

    assertThat(directive(policy, "default-src")).containsExactly("'self'");
    assertThat(directive(policy, "script-src"))
        .containsExactly("'self'", "'unsafe-inline'", "'unsafe-eval'");
    assertThat(directive(policy, "img-src"))
        .containsExactly("'self'", "data:", "blob:", "https://tile.openstreetmap.org");
    assertThat(directive(policy, "connect-src")).containsExactly("'self'");
    assertThat(directive(policy, "frame-ancestors")).containsExactly("'none'");
    assertThat(directive(policy, "object-src")).containsExactly("'none'");
    assertThat(directive(policy, "form-action")).containsExactly("'self'");
    // Stripe's pages are top-level redirects: nothing of Stripe's loads inside Otopair's.
    assertThat(policy).doesNotContain("stripe");
  }

  @Test
  void liveKitIsReachedAsAWebSocketAndOverHttpOnItsOwnOrigin() {
    assertThat(directive(SecurityHeaders.policy("wss://video.example.com", ""), "connect-src"))
        .containsExactly("'self'", "wss://video.example.com", "https://video.example.com");
    assertThat(SecurityHeaders.liveKitSources("ws://127.0.0.1:7880"))
        .containsExactly("ws://127.0.0.1:7880", "http://127.0.0.1:7880");
    assertThat(SecurityHeaders.liveKitSources("https://Video.Example.com/rtc/"))
        .containsExactly("wss://video.example.com", "https://video.example.com");
    assertThat(SecurityHeaders.liveKitSources(" ")).isEmpty();
  }

  @Test
  void liveKitCloudLetsThroughItsRegionsWhichTheClientFallsBackTo() {
    assertThat(SecurityHeaders.liveKitSources("wss://otopair-x1y2.livekit.cloud"))
        .containsExactly(
            "wss://otopair-x1y2.livekit.cloud",
            "https://otopair-x1y2.livekit.cloud",
            "wss://*.livekit.cloud",
            "https://*.livekit.cloud");
  }

  @Test
  void tilesComeFromTheServersOriginWithItsSubdomainsAsAWildcard() {
    assertThat(SecurityHeaders.tileSources("https://{s}.tile.example.org/{z}/{x}/{y}.png"))
        .containsExactly("https://*.tile.example.org");
    assertThat(SecurityHeaders.tileSources("http://127.0.0.1:8081/{z}/{x}/{y}.png?key=abc"))
        .containsExactly("http://127.0.0.1:8081");
    assertThat(SecurityHeaders.tileSources("HTTPS://Tiles.Example.org/{z}/{x}/{y}@2x.png"))
        .containsExactly("https://tiles.example.org");
    // Served by Otopair itself, or no maps at all: 'self' is enough.
    assertThat(SecurityHeaders.tileSources("/tiles/{z}/{x}/{y}.png")).isEmpty();
    assertThat(SecurityHeaders.tileSources("")).isEmpty();
  }

  @Test
  void aSettingThatWouldNotMakeASourceStopsTheStartRatherThanOpenThePolicy() {
    for (String tiles :
        List.of(
            "tile.example.org/{z}/{x}/{y}.png",
            "//tile.example.org/{z}/{x}/{y}.png",
            "ftp://tile.example.org/{z}/{x}/{y}.png",
            "https://tiles.{r}.example.org/{z}/{x}/{y}.png",
            "https://tile.example.org; script-src *",
            "https:///{z}/{x}/{y}.png")) {
      assertThatThrownBy(() -> SecurityHeaders.tileSources(tiles))
          .as(tiles)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("otopair.maps.tiles-url");
    }
    for (String liveKit : List.of("ftp://video.example.com", "video.example.com")) {
      assertThatThrownBy(() -> SecurityHeaders.liveKitSources(liveKit))
          .as(liveKit)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("otopair.livekit.url");
    }
  }
}

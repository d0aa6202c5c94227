package com.otopair.identity.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.stereotype.Component;

/**
 * The headers every response carries, whichever chain serves it: a Content-Security-Policy that
 * Vaadin Flow works under (its bootstrap is an inline script and {@code executeJs} runs through
 * {@code new Function}, so scripts need {@code 'unsafe-inline' 'unsafe-eval'}) and that lets
 * through what pages load from elsewhere: the map's tiles ({@code otopair.maps.tiles-url}) and
 * LiveKit's server ({@code otopair.livekit.url}). Stripe's Checkout and Connect pages are top-level
 * redirects, which the policy does not govern; no page loads Stripe.js. No page may be framed; the
 * referrer leaves as an origin only; camera, microphone (video calls) and location ("Near me" on
 * Find) are for Otopair's own pages. HSTS only where {@code otopair.security.hsts} is on
 * (production), and then only on secure requests (behind the load balancer: {@code
 * X-Forwarded-Proto: https}).
 */
@Component
class SecurityHeaders {

  /** Features Otopair's pages use for themselves; payments go through Stripe's own pages. */
  static final String PERMISSIONS_POLICY =
      "camera=(self), microphone=(self), geolocation=(self), payment=()";

  static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

  /**
   * LiveKit Cloud's domains, as livekit-client 2.x recognises them: when a project's address cannot
   * be reached, the client asks it for its regions and connects to one of those, other hosts of the
   * same domain.
   */
  private static final List<String> LIVEKIT_CLOUD_DOMAINS = List.of("livekit.cloud", "livekit.run");

  /** A host (and port) as a source expression may name it, the wildcard first if at all. */
  private static final Pattern HOST = Pattern.compile("(\\*\\.)?[a-z0-9.-]+(:[0-9]+)?");

  private final String policy;
  private final boolean hsts;

  SecurityHeaders(
      @Value("${otopair.livekit.url:}") String liveKitUrl,
      @Value("${otopair.maps.tiles-url:}") String tilesUrl,
      @Value("${otopair.security.hsts:false}") boolean hsts) {
    this.policy = policy(liveKitUrl, tilesUrl);
    this.hsts = hsts;
  }

  /**
   * Writes these headers in a chain: {@code http.headers(securityHeaders::apply)}. (Not a {@code
   * Customizer} bean, which Spring Security would apply to every chain unasked.)
   */
  void apply(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
        .frameOptions(frames -> frames.deny()) // Browsers that ignore frame-ancestors.
        .contentTypeOptions(Customizer.withDefaults())
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
        .httpStrictTransportSecurity(
            strict -> {
              if (hsts) {
                strict.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true);
              } else {
                strict.disable();
              }
            });
  }

  /**
   * The same security headers (not the cache headers), written before the request goes on: Vaadin's
   * pages are forwarded from Spring MVC to Vaadin's servlet, and the forward commits the response
   * past Spring Security's header filter, which writes when the response commits, so its headers
   * never reach a page. Each of these writers leaves a header the answer already has; the filter
   * after it ({@link #apply}) then adds nothing twice. For the app's chain: {@code
   * http.addFilterBefore(securityHeaders.writtenFirst(), HeaderWriterFilter.class)}.
   */
  HeaderWriterFilter writtenFirst() {
    List<HeaderWriter> writers = new ArrayList<>();
    writers.add(new ContentSecurityPolicyHeaderWriter(policy));
    writers.add(new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY));
    writers.add(new XContentTypeOptionsHeaderWriter());
    writers.add(new ReferrerPolicyHeaderWriter(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    writers.add(new PermissionsPolicyHeaderWriter(PERMISSIONS_POLICY));
    if (hsts) {
      var strict = new HstsHeaderWriter();
      strict.setMaxAgeInSeconds(HSTS_MAX_AGE_SECONDS);
      strict.setIncludeSubDomains(true);
      writers.add(strict);
    }
    // A class of its own: a once-per-request filter of the same class would make Spring
    // Security's own header filter skip the request.
    var filter = new HeaderWriterFilter(writers) {};
    filter.setShouldWriteHeadersEagerly(true);
    return filter;
  }

  /**
   * The policy for a LiveKit server at {@code liveKitUrl} and map tiles from the Leaflet template
   * {@code tilesUrl} (either may be blank: no video, no maps).
   */
  static String policy(String liveKitUrl, String tilesUrl) {
    var images = new ArrayList<>(List.of("'self'", "data:", "blob:"));
    images.addAll(tileSources(tilesUrl));
    var connections = new ArrayList<>(List.of("'self'"));
    connections.addAll(liveKitSources(liveKitUrl));
    return String.join(
        "; ",
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src " + String.join(" ", images),
        "font-src 'self' data:",
        "connect-src " + String.join(" ", connections),
        "media-src 'self' blob:",
        "worker-src 'self' blob:",
        "frame-src 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");
  }

  /**
   * The tile server's origin; a Leaflet placeholder in the host's first label ({@code {s}}, the
   * subdomains) becomes the wildcard. Tiles served by Otopair itself (a path) need nothing more.
   */
  static List<String> tileSources(String tilesUrl) {
    if (tilesUrl.isBlank() || (tilesUrl.startsWith("/") && !tilesUrl.startsWith("//"))) {
      return List.of();
    }
    int schemeEnd = tilesUrl.indexOf("://");
    String scheme = schemeEnd < 0 ? "" : tilesUrl.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalStateException(
          "otopair.maps.tiles-url must be an http(s) URL or a path: " + tilesUrl);
    }
    int hostStart = schemeEnd + 3;
    String host = tilesUrl.substring(hostStart, indexOfAny(tilesUrl, hostStart, "/?#"));
    int firstDot = host.indexOf('.');
    if (firstDot > 0 && host.substring(0, firstDot).contains("{")) {
      host = "*" + host.substring(firstDot);
    }
    host = host.toLowerCase(Locale.ROOT);
    if (!HOST.matcher(host).matches()) {
      throw new IllegalStateException(
          "otopair.maps.tiles-url may hold placeholders only in its host's first label, such as"
              + " https://{s}.tile.example.org/{z}/{x}/{y}.png: "
              + tilesUrl);
    }
    return List.of(scheme + "://" + host);
  }

  /**
   * LiveKit's server as a WebSocket ({@code ws}/{@code wss}) and over HTTP(S), which livekit-client
   * asks when it cannot connect; for LiveKit Cloud, every host of its domain (its regions).
   */
  static List<String> liveKitSources(String liveKitUrl) {
    if (liveKitUrl.isBlank()) {
      return List.of();
    }
    URI uri = URI.create(liveKitUrl.strip());
    String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
    boolean secure =
        switch (scheme) {
          case "wss", "https" -> true;
          case "ws", "http" -> false;
          default ->
              throw new IllegalStateException(
                  "otopair.livekit.url must be a ws(s):// or http(s):// URL: " + liveKitUrl);
        };
    String host = uri.getHost();
    if (host == null) {
      throw new IllegalStateException("otopair.livekit.url has no host: " + liveKitUrl);
    }
    String authority =
        host.toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    var sources = new ArrayList<String>();
    sources.add((secure ? "wss://" : "ws://") + authority);
    sources.add((secure ? "https://" : "http://") + authority);
    for (String domain : LIVEKIT_CLOUD_DOMAINS) {
      if (host.toLowerCase(Locale.ROOT).endsWith("." + domain)) {
        sources.add((secure ? "wss://*." : "ws://*.") + domain);
        sources.add((secure ? "https://*." : "http://*.") + domain);
      }
    }
    return sources;
  }

  private static int indexOfAny(String text, int from, String characters) {
    for (int i = from; i < text.length(); i++) {
      if (characters.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return text.length();
  }
}

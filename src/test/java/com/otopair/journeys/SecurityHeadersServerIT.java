package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Roles;
import com.otopair.identity.UserProvisioning;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The security headers over real HTTP on each of the four security chains (the app's pages and
 * Vaadin's files, the API, Actuator, the webhooks): a Content-Security-Policy that lets through
 * this server's tile server and LiveKit and no framing, {@code X-Frame-Options}, {@code nosniff},
 * the referrer policy and the permissions policy; HSTS (on here, as in production) only on a
 * request that came over HTTPS through the proxy; and the session and remember-me cookies of a real
 * sign-in, {@code HttpOnly}, {@code SameSite=Lax} for remember-me, {@code Secure} over HTTPS.
 */
class SecurityHeadersServerIT extends RunningServer {

  private static final String HSTS = "Strict-Transport-Security";
  private static final Pattern VAADIN_FILE =
      Pattern.compile("[\"'](?:\\./|/)?(VAADIN/[^\"'?#]+\\.(?:js|css))");
  private static final Pattern META =
      Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

  @Autowired UserProvisioning users;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path, String... headers)
      throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(URI.create(BASE + path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A file Vaadin serves itself, named by the page's bootstrap. */
  private String vaadinFile() throws Exception {
    String page = get("login").body();
    Matcher file = VAADIN_FILE.matcher(page);
    assertThat(file.find()).as("the page names a VAADIN/ file: %s", page).isTrue();
    return file.group(1);
  }

  @Test
  void everyChainAnswersWithTheSecurityHeaders() throws Exception {
    Map<String, String> paths = new LinkedHashMap<>();
    paths.put("", ""); // The landing page, or the way to it.
    paths.put("login", "text/html");
    paths.put(vaadinFile(), "javascript");
    paths.put("api/v1/bookings", "application/problem+json");
    paths.put("actuator/health", "json");
    paths.put("api/webhooks/stripe", "");
    String liveKit = LIVEKIT_URL.substring("ws://".length());

    for (var path : paths.entrySet()) {
      var response = get(path.getKey());
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .as("/" + path.getKey())
          .contains(path.getValue());
      assertThat(response.statusCode()).as("/" + path.getKey()).isLessThan(500);
      var headers = response.headers();
      String policy = headers.firstValue("Content-Security-Policy").orElse("");
      assertThat(policy)
          .as("/" + path.getKey() + " Content-Security-Policy")
          .contains("default-src 'self';")
          .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval';")
          .contains("img-src 'self' data: blob: " + TILES_URL + ";")
          .contains("connect-src 'self' ws://" + liveKit + " http://" + liveKit + ";")
          .contains("object-src 'none';")
          .endsWith("frame-ancestors 'none'");
      assertThat(headers.allValues("Content-Security-Policy")).hasSize(1);
      assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
      assertThat(headers.firstValue("Permissions-Policy").orElse(""))
          .as("/" + path.getKey() + " Permissions-Policy")
          .contains("camera=(self)", "microphone=(self)", "geolocation=(self)");
      assertThat(headers.firstValue("Strict-Transport-Security"))
          .as("/" + path.getKey() + " over plain HTTP")
          .isEmpty();
    }
  }

  @Test
  void hstsIsSentOnlyOnRequestsThatCameOverHttpsThroughTheProxy() throws Exception {
    for (String path : List.of("login", "actuator/health", "api/v1/bookings")) {
      var headers = get(path, "X-Forwarded-Proto", "https").headers();
      assertThat(headers.firstValue(HSTS))
          .as("/%s over HTTPS: %s", path, headers.map())
          .hasValue("max-age=31536000 ; includeSubDomains");
      assertThat(get(path).headers().firstValue(HSTS)).as("/" + path + " over HTTP").isEmpty();
    }
  }

  @Test
  void signingInOverHttpsGivesSecureHttpOnlyCookiesAndRememberMeIsLax() throws Exception {
    var cookies = signIn("X-Forwarded-Proto", "https");
    assertThat(cookies).containsKeys("JSESSIONID", "remember-me");
    assertThat(attributes(cookies.get("remember-me")))
        .contains("secure", "httponly", "samesite=lax");
    assertThat(attributes(cookies.get("JSESSIONID"))).contains("secure", "httponly");
  }

  @Test
  void overPlainHttpOutsideProductionTheCookiesAreNotSecure() throws Exception {
    var cookies = signIn();
    assertThat(attributes(cookies.get("remember-me")))
        .contains("httponly", "samesite=lax")
        .doesNotContain("secure");
    assertThat(attributes(cookies.get("JSESSIONID"))).doesNotContain("secure");
  }

  /**
   * Signs a new customer in through the login form with "keep me signed in", sending {@code
   * headers} with each request; answers the {@code Set-Cookie} lines of the sign-in by cookie name.
   */
  private Map<String, String> signIn(String... headers) throws Exception {
    String email = "headers-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    String password = "a long enough passphrase";
    users.createVerifiedUser(email, "Hedy Headers", Roles.CUSTOMER, password);

    var page = get("login", headers);
    Map<String, String> meta = new LinkedHashMap<>();
    Matcher tag = META.matcher(page.body());
    while (tag.find()) {
      meta.put(tag.group(1), tag.group(2));
    }
    assertThat(meta).as("the login page's CSRF token").containsKeys("_csrf", "_csrf_parameter");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("username", email);
    form.put("password", password);
    form.put("remember-me", "on");
    form.put(meta.get("_csrf_parameter"), meta.get("_csrf"));

    var request =
        HttpRequest.newBuilder(URI.create(BASE + "login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", cookieHeader(page))
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    form.entrySet().stream()
                        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                        .collect(Collectors.joining("&"))));
    if (headers.length > 0) {
      request.headers(headers);
    }
    var signedIn = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).as("signed in and sent on").isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    return setCookies(signedIn);
  }

  private static Map<String, String> setCookies(HttpResponse<?> response) {
    Map<String, String> cookies = new LinkedHashMap<>();
    for (String line : response.headers().allValues("Set-Cookie")) {
      cookies.put(line.substring(0, line.indexOf('=')).strip(), line);
    }
    return cookies;
  }

  private static String cookieHeader(HttpResponse<?> response) {
    return setCookies(response).values().stream()
        .map(line -> line.split(";", 2)[0])
        .collect(Collectors.joining("; "));
  }

  /** A {@code Set-Cookie} line's attributes, lower case, without the cookie's value. */
  private static List<String> attributes(String setCookie) {
    List<String> attributes = new ArrayList<>();
    String[] parts = Optional.ofNullable(setCookie).orElse("").split(";");
    for (int i = 1; i < parts.length; i++) {
      attributes.add(parts[i].strip().toLowerCase(Locale.ROOT));
    }
    return attributes;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * A browser console line that says the Content-Security-Policy blocked something. Chromium wrote
   * "Refused to load ... because it violates the following Content Security Policy directive";
   * since about version 140 it writes "Loading the image '...' violates the following Content
   * Security Policy directive: ... The action has been blocked."
   */
  static boolean isPolicyViolation(String consoleMessage) {
    return consoleMessage.contains("Content Security Policy")
        || consoleMessage.contains("Refused to");
  }
}

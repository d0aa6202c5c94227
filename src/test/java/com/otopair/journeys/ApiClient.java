package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the running server's API the way clients do: with Java's HTTP client for well-formed
 * requests, and over a raw socket for the malformed ones that a client library would refuse to send
 * (a bare {@code %}, a 100 KB address, {@code TRACE}), so that Tomcat's own answers are seen too.
 */
final class ApiClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final int port;
  private final HttpClient http = HttpClient.newHttpClient();

  ApiClient(int port) {
    this.port = port;
  }

  /** An answer: status, content type, headers (lower-case names) and the body as JSON. */
  record Answer(
      int status,
      @Nullable String contentType,
      Map<String, String> headers,
      String text,
      JsonNode body) {

    @Nullable String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** A well-formed call; {@code path} starts with {@code /}. */
  Answer call(String method, String path, @Nullable String token, @Nullable String body)
      throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Accept", "application/json, application/problem+json");
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    Map<String, String> headers = new LinkedHashMap<>();
    response
        .headers()
        .map()
        .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.getFirst()));
    return answer(response.statusCode(), headers, response.body());
  }

  /**
   * Sends {@code target} exactly as written, byte for byte, in an HTTP/1.1 request line: what a
   * fuzzer or a broken client sends.
   */
  Answer raw(String method, String target, Map<String, String> headers, byte[] body)
      throws IOException {
    try (var socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      StringBuilder head =
          new StringBuilder(method + " " + target + " HTTP/1.1\r\n")
              .append("Host: localhost:")
              .append(port)
              .append("\r\nConnection: close\r\n")
              .append("Accept: application/json, application/problem+json\r\n");
      headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
      if (body.length > 0 || method.equals("POST")) {
        head.append("Content-Length: ").append(body.length).append("\r\n");
      }
      head.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    }
  }

  Answer raw(String method, String target) throws IOException {
    return raw(method, target, Map.of(), new byte[0]);
  }

  private static Answer parse(byte[] response) {
    String all = new String(response, StandardCharsets.ISO_8859_1);
    int end = all.indexOf("\r\n\r\n");
    assertThat(end).as("a complete HTTP response: %s", all).isPositive();
    String[] lines = all.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.putIfAbsent(
          lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim());
    }
    byte[] rest = Arrays.copyOfRange(response, end + 4, response.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      rest = dechunk(rest);
    }
    return answer(status, headers, new String(rest, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] chunked) {
    var out = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = indexOf(chunked, at);
      int size =
          Integer.parseInt(
              new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1)
                  .split(";")[0].trim(),
              16);
      if (size == 0) {
        break;
      }
      out.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length - 1; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    throw new IllegalStateException("A chunk without its size line");
  }

  private static Answer answer(int status, Map<String, String> headers, String text) {
    String trimmed = text.trim();
    JsonNode body =
        trimmed.startsWith("{") || trimmed.startsWith("[")
            ? JSON.readTree(trimmed)
            : JSON.createObjectNode();
    return new Answer(status, headers.get("content-type"), headers, text, body);
  }

  /**
   * A problem+json answer of {@code status}, its body saying the same status, no database detail.
   */
  static void assertProblem(Answer answer, int status) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(status);
    assertThat(answer.contentType()).as(answer.text()).startsWith("application/problem+json");
    assertThat(answer.body().path("status").asInt()).as(answer.text()).isEqualTo(status);
    assertThat(answer.body().path("detail").asString()).as(answer.text()).isNotBlank();
    assertThat(answer.text()).doesNotContainIgnoringCase("sqlState").doesNotContain("ERROR:");
  }

  /** A 422 problem naming {@code field} in its {@code errors}. */
  static void assertFieldError(Answer answer, String field) {
    assertProblem(answer, 422);
    assertThat(answer.body().path("errors").values())
        .as(answer.text())
        .anySatisfy(
            error -> {
              assertThat(error.path("field").asString()).isEqualTo(field);
              assertThat(error.path("message").asString()).isNotBlank();
            });
  }
}

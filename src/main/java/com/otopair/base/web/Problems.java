package com.otopair.base.web;

import com.otopair.base.I18n;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details for the REST API: the same {@code type}, {@code title} and {@code
 * detail} whether the controller advice or a security filter answers.
 */
public final class Problems {

  private static final String TYPES = "https://otopair.app/problems/";

  private Problems() {}

  /** A problem of {@code status} with a type named after the status ({@code .../conflict}). */
  public static ProblemDetail of(HttpStatus status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(
        URI.create(TYPES + status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-')));
    problem.setTitle(status.getReasonPhrase());
    return problem;
  }

  /** Writes a problem straight to the response, for filters that answer before any controller. */
  public static void write(HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(json(status, detail));
  }

  /** A problem as JSON text, for code that writes below Spring (Tomcat's error report). */
  static String json(HttpStatus status, String detail) {
    ProblemDetail problem = of(status, detail);
    return "{\"type\":"
        + json(String.valueOf(problem.getType()))
        + ",\"title\":"
        + json(String.valueOf(problem.getTitle()))
        + ",\"status\":"
        + status.value()
        + ",\"detail\":"
        + json(detail)
        + "}";
  }

  /**
   * What an API caller is told when the request failed before any controller answered: by status,
   * since nothing more is known.
   */
  static String detailFor(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> I18n.t("base.api.bad-request");
      case NOT_FOUND -> I18n.t("base.api.no-such-call");
      case METHOD_NOT_ALLOWED -> I18n.t("base.api.method");
      case NOT_ACCEPTABLE -> I18n.t("base.api.accept-json");
      case UNSUPPORTED_MEDIA_TYPE -> I18n.t("base.api.send-json");
      case TOO_MANY_REQUESTS -> I18n.t("base.api.slow-down");
      case CONTENT_TOO_LARGE, URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE ->
          I18n.t("base.api.too-large");
      default ->
          status.is5xxServerError() ? I18n.t("base.api.unexpected") : status.getReasonPhrase();
    };
  }

  private static String json(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}

package com.otopair.base.web;

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
      case BAD_REQUEST ->
          "This request's address or headers aren't valid; check how they are encoded";
      case NOT_FOUND -> "There is no such API call; the calls are listed at /v3/api-docs";
      case METHOD_NOT_ALLOWED ->
          "This address doesn't take that method; the Allow header lists those it takes";
      case NOT_ACCEPTABLE -> "This call answers JSON; accept application/json";
      case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json";
      case CONTENT_TOO_LARGE, URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE ->
          "This request is too large";
      default ->
          status.is5xxServerError()
              ? "Something went wrong on our side; we have been told. Try again in a moment."
              : status.getReasonPhrase();
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

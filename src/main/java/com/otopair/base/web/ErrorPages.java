package com.otopair.base.web;

import com.otopair.base.VisitorLanguage;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring Boot's error page ({@code /error}), which renders what failed before or outside a
 * controller's own error handling: the security firewall's refusals, a wrong method, an unknown
 * address, Tomcat's refusal of {@code TRACE}, an exception in a filter. For API calls it answers
 * problem+json, whatever the caller accepts; a browser gets a small Otopair page in the visitor's
 * language ({@link ErrorPageHtml}) instead of Boot's whitelabel page.
 */
@Controller
class ErrorPages extends BasicErrorController {

  private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

  private final VisitorLanguage visitors;

  ErrorPages(
      ErrorAttributes attributes,
      WebProperties web,
      List<ErrorViewResolver> errorViewResolvers,
      VisitorLanguage visitors) {
    super(attributes, web.getError(), errorViewResolvers);
    this.visitors = visitors;
  }

  @Override
  public @Nullable ModelAndView errorHtml(
      HttpServletRequest request, HttpServletResponse response) {
    if (!ApiPaths.isApiError(request)) {
      return page(request, response);
    }
    HttpStatus status = statusOf(request);
    try {
      Problems.write(response, status, Problems.detailFor(status));
    } catch (IOException e) {
      log.debug("Could not write the problem of {}", originalUri(request), e);
    }
    return null;
  }

  /**
   * The branded page for a browser; a server error is logged with a reference the page quotes, the
   * way Vaadin's error view does.
   */
  private @Nullable ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
    HttpStatus status = getStatus(request);
    String reference = null;
    if (status.is5xxServerError()) {
      reference = UUID.randomUUID().toString().substring(0, 8);
      log.error(
          "Error {} while answering {}", // i18n: a log line
          reference,
          originalUri(request),
          (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
    }
    String home = request.getContextPath() + "/";
    try {
      response.setStatus(status.value());
      response.setContentType(MediaType.TEXT_HTML_VALUE);
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(ErrorPageHtml.render(status, visitors.of(request), home, reference));
    } catch (IOException e) {
      log.debug("Could not write the error page of {}", originalUri(request), e);
    }
    return null;
  }

  @Override
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    if (!ApiPaths.isApiError(request)) {
      return super.error(request);
    }
    HttpStatus status = statusOf(request);
    ProblemDetail problem = Problems.of(status, Problems.detailFor(status));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", String.valueOf(problem.getType()));
    body.put("title", String.valueOf(problem.getTitle()));
    body.put("status", status.value());
    body.put("detail", String.valueOf(problem.getDetail()));
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }

  private HttpStatus statusOf(HttpServletRequest request) {
    HttpStatus status = getStatus(request);
    if (status.is5xxServerError()) {
      log.error(
          "API call {} failed before a controller could answer", // i18n: a log line
          originalUri(request),
          (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
    }
    return status;
  }

  private static @Nullable Object originalUri(HttpServletRequest request) {
    return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
  }
}

package com.otopair.base.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Which requests are API calls: everything under {@code /api/} (the public API and the webhooks).
 * Their every answer is {@code application/problem+json}, also when Tomcat, the security firewall
 * or the error page answers instead of a controller.
 */
public final class ApiPaths {

  /** Every API address, as a security or MVC pattern. */
  public static final String ALL = "/api/**";

  private ApiPaths() {}

  /** Whether {@code uri} (as sent, before decoding) addresses the API. */
  public static boolean isApi(@Nullable String uri) {
    return uri != null && (uri.startsWith("/api/") || uri.equals("/api"));
  }

  /**
   * Whether this is the error page rendering the failure of an API call (the original address is
   * kept in {@link RequestDispatcher#ERROR_REQUEST_URI}).
   */
  public static boolean isApiError(HttpServletRequest request) {
    return request.getDispatcherType() == DispatcherType.ERROR
        && isApi((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
  }
}

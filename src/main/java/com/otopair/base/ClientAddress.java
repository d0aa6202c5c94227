package com.otopair.base;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The address of the client behind the current request, for audit entries and rate limits. */
public final class ClientAddress {

  private ClientAddress() {}

  /** The current request's client address, or {@code null} outside a request. */
  public static @Nullable String current() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
      return of(attrs.getRequest());
    }
    return null;
  }

  /**
   * The client address of a request. With {@code server.forward-headers-strategy=native} (our
   * setting) Tomcat takes it from {@code X-Forwarded-For} only when the request comes from a
   * trusted proxy ({@code server.tomcat.remoteip.internal-proxies}: private ranges and loopback by
   * default; in production, the load balancer's range), so a client cannot choose the address that
   * audit entries and rate limits see.
   */
  public static @Nullable String of(HttpServletRequest request) {
    return request.getRemoteAddr();
  }
}

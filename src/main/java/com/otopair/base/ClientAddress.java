package com.otopair.base;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The address of the client behind the current request, for audit entries. */
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
   * The client address of a request. Behind a load balancer, set {@code
   * server.forward-headers-strategy} so that this is the original client.
   */
  public static @Nullable String of(HttpServletRequest request) {
    return request.getRemoteAddr();
  }
}

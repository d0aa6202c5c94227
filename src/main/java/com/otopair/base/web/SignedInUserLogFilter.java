package com.otopair.base.web;

import com.otopair.base.CurrentUser;
import com.otopair.base.SignedInUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the signed-in person's id on every log line of their request ({@code user.id} in the JSON
 * logs); a request nobody signed in to carries none. Runs after Spring Security, so the request's
 * user is known.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class SignedInUserLogFilter extends OncePerRequestFilter {

  static final String MDC_KEY = "user.id"; // i18n: an ECS field name

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<SignedInUser> user = CurrentUser.get();
    if (user.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    MDC.put(MDC_KEY, user.get().id().toString());
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove(MDC_KEY);
    }
  }
}

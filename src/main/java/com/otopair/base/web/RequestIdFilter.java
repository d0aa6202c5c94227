package com.otopair.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id that each of its log lines carries ({@code http.request.id} in the JSON
 * logs) and that its response echoes in {@code X-Request-Id}: the caller's own, when it sent a
 * well-formed one (8 to 64 letters, digits, dots, dashes or underscores: a load balancer's or a
 * client's), otherwise a new one. The first filter of all, so every later line has it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

  static final String HEADER = "X-Request-Id"; // i18n: a header name
  static final String MDC_KEY = "http.request.id"; // i18n: an ECS field name

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String id = idOf(request.getHeader(HEADER));
    response.setHeader(HEADER, id);
    MDC.put(MDC_KEY, id);
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove(MDC_KEY);
    }
  }

  /** The caller's id when well-formed; a new one otherwise (absent, too long, odd characters). */
  static String idOf(@Nullable String sent) {
    return sent != null && WELL_FORMED.matcher(sent).matches()
        ? sent
        : UUID.randomUUID().toString();
  }
}

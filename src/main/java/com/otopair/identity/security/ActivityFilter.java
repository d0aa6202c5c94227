package com.otopair.identity.security;

import com.otopair.base.CurrentUser;
import com.otopair.identity.UserActivity;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notes that a signed-in person's browser was heard from: every authenticated request, Vaadin's
 * UIDL and heartbeat requests included (the heartbeat keeps an open, idle tab counted), reports its
 * user to {@link UserActivity}, which writes at most once a minute per user. Runs after Spring
 * Security (the lowest precedence), so the request's user is known; a request nobody signed in to
 * reports nothing. Whatever goes wrong here is logged and the request goes on.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ActivityFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(ActivityFilter.class);

  private final UserActivity activity;

  ActivityFilter(UserActivity activity) {
    this.activity = activity;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      CurrentUser.get().ifPresent(user -> activity.seen(user.id()));
    } catch (RuntimeException e) {
      log.warn("Could not note the user's activity; the request goes on", e);
    }
    chain.doFilter(request, response);
  }
}

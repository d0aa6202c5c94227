package com.otopair.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs a real user in for the current thread, as form login would. */
public final class SignIn {

  private SignIn() {}

  public static Authentication as(UserDetailsService users, String email) {
    UserDetails user = users.loadUserByUsername(email);
    var authentication =
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    return authentication;
  }
}

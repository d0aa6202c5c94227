package com.otopair.identity.security;

import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused by a rate limit, audited like the other refused sign-ins. */
public class SignInThrottledEvent extends AbstractAuthenticationFailureEvent {

  public SignInThrottledEvent(Authentication authentication, AuthenticationException exception) {
    super(authentication, exception);
  }
}

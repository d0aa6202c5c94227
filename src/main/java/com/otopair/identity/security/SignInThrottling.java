package com.otopair.identity.security;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;

/**
 * Sign-in events include the refusals of the rate limits: Spring Security publishes nothing for an
 * exception it does not know, so {@link LoginAuditor} would miss them.
 */
@Configuration(proxyBeanMethods = false)
class SignInThrottling {

  @Bean
  DefaultAuthenticationEventPublisher authenticationEventPublisher(
      ApplicationEventPublisher publisher) {
    var events = new DefaultAuthenticationEventPublisher(publisher);
    events.setAdditionalExceptionMappings(
        Map.of(SignInThrottledException.class, SignInThrottledEvent.class));
    return events;
  }
}

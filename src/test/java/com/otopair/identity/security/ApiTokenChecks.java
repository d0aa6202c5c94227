package com.otopair.identity.security;

import org.springframework.context.ApplicationContext;

/** Whether the API would let a token's secret in, as its filter asks. */
public final class ApiTokenChecks {

  private ApiTokenChecks() {}

  public static boolean accepted(ApplicationContext beans, String secret) {
    return beans.getBean(ApiTokenAuthenticator.class).authenticate(secret)
        instanceof ApiTokenAuthenticator.Outcome.Authenticated;
  }
}

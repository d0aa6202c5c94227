package com.otopair.consult;

import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The consult module's defaults. */
@Configuration(proxyBeanMethods = false)
class ConsultConfiguration {

  /** Until a module takes card payments for sessions, every session is free. */
  @Bean
  @ConditionalOnMissingBean(SessionPayments.class)
  SessionPayments freeSessions() {
    return new SessionPayments() {
      @Override
      public boolean free() {
        return true;
      }

      @Override
      public Optional<String> checkoutUrl(SessionCheckout checkout) {
        return Optional.empty();
      }
    };
  }
}

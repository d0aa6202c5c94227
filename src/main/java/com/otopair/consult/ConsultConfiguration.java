package com.otopair.consult;

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
    return () -> true;
  }
}

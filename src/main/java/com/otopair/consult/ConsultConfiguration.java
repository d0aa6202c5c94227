package com.otopair.consult;

import com.otopair.base.I18n;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
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

  /** Until a module takes card payments for sessions, support reads "Free" or nothing at all. */
  @Bean
  @ConditionalOnMissingBean(SessionPaymentLabels.class)
  SessionPaymentLabels freeSessionLabels() {
    return sessions -> {
      Map<UUID, String> labels = new HashMap<>();
      for (SessionPaymentLabels.Charge charge : sessions) {
        labels.put(
            charge.sessionId(),
            I18n.t(charge.free() ? "consult.admin.payment.free" : "consult.admin.payment.unknown"));
      }
      return labels;
    };
  }
}

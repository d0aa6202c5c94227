package com.otopair.payments;

import com.otopair.payments.gateway.OfflineGateway;
import com.otopair.payments.gateway.PaymentGateway;
import com.otopair.payments.gateway.StripeGateway;
import com.otopair.payments.gateway.StripeSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Stripe when its secret key is configured; otherwise customers pay at the shop. */
@Configuration
class PaymentsConfiguration {

  @Bean
  PaymentGateway paymentGateway(StripeSettings settings) {
    return settings.configured() ? new StripeGateway(settings) : new OfflineGateway();
  }
}

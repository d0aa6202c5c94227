package com.otopair.payments.gateway;

import java.math.BigDecimal;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Stripe's keys and where its API lives. Without {@code secretKey} customers pay at the shop.
 * {@code apiBase} points tests (and a local stub) at another host; {@code applicationFeePercent} is
 * the platform's commission on each charge that goes to a shop's connected account.
 */
@ConfigurationProperties("otopair.stripe")
public record StripeSettings(
    @Nullable String secretKey,
    @Nullable String webhookSecret,
    @DefaultValue("https://api.stripe.com") String apiBase,
    @DefaultValue("https://connect.stripe.com") String connectBase,
    @DefaultValue("2") int maxNetworkRetries,
    @DefaultValue("PT5M") Duration webhookTolerance,
    @DefaultValue("10") BigDecimal applicationFeePercent) {

  public boolean configured() {
    return secretKey != null && !secretKey.isBlank();
  }
}

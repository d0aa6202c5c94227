package com.otopair.base;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much each rate limit allows: {@code otopair.rate-limits.<name>.capacity} tries per {@code
 * .period}, refilled evenly over the period (5 per 15 minutes: one more every 3 minutes). The names
 * are those of {@link RateLimits.Limit}; the defaults are in {@code application.properties}.
 */
@ConfigurationProperties("otopair.rate-limits")
public record RateLimitsProperties(
    SignIn signIn,
    SignUp signUp,
    PasswordReset passwordReset,
    VerificationResend verificationResend,
    Invitation invitation,
    Api api) {

  /** {@code capacity} tries at once, refilled over {@code period}. */
  public record Rate(int capacity, Duration period) {
    public Rate {
      if (capacity < 1 || period == null || period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException(
            "A rate limit needs a capacity of 1 or more and a positive period");
      }
    }
  }

  public record SignIn(Rate accountAddress, Rate address, Rate account, Rate alert) {}

  public record SignUp(Rate address, Rate emailAddress) {}

  public record PasswordReset(Rate emailAddress, Rate address, Rate email) {}

  public record VerificationResend(Rate user) {}

  public record Invitation(Rate owner, Rate resend) {}

  public record Api(PerToken read, PerToken write, BadToken badToken) {}

  public record PerToken(Rate token) {}

  public record BadToken(Rate address) {}
}

package com.otopair.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.otopair.base.RateLimits;
import com.otopair.base.RateLimits.Limit;
import com.otopair.base.Roles;
import com.otopair.identity.ApiTokens;
import com.otopair.identity.UserProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The API's limits answer 429 problem+json with Retry-After, per token and per address. */
class ApiRateLimitsTest extends IntegrationTest {

  @Autowired WebApplicationContext web;
  @Autowired RateLimits limits;
  @Autowired ApiTokens tokens;
  @Autowired UserProvisioning provisioning;
  @Autowired UserDetailsService userDetails;

  MockMvc mvc;
  ApiTokens.Issued token;

  @BeforeEach
  void setUp() {
    mvc =
        MockMvcBuilders.webAppContextSetup(web)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
    String email = "api-limits-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    provisioning.createVerifiedUser(email, "Ari Api", Roles.CUSTOMER, "correct horse battery");
    SignIn.as(userDetails, email);
    token = tokens.issue("Limits");
    SecurityContextHolder.clearContext();
  }

  @Test
  void aTokenPastItsWritesIsAnswered429WithRetryAfterWhileItsReadsGoOn() throws Exception {
    int taken = 0;
    MockHttpServletResponse refused = null;
    // A write comes back every half second of real time: empty the bucket just before the call.
    for (int round = 0; round < 5 && (refused == null || refused.getStatus() != 429); round++) {
      while (limits.take(Limit.API_WRITE_TOKEN, token.token().id()).isEmpty()) {
        taken++;
      }
      refused = call(post(release()), token.secret(), "127.0.0.1");
    }
    assertThat(taken).isGreaterThanOrEqualTo(limits.rate(Limit.API_WRITE_TOKEN).capacity());
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
    assertThat(refused.getContentType()).startsWith("application/problem+json");
    assertThat(refused.getContentAsString())
        .contains("\"status\":429")
        .contains("too-many-requests")
        .contains("Too many calls with this token");

    assertThat(call(get("/api/v1/bookings"), token.secret(), "127.0.0.1").getStatus())
        .isEqualTo(200);

    clock.advance(Duration.ofSeconds(1));
    assertThat(call(post(release()), token.secret(), "127.0.0.1").getStatus()).isEqualTo(404);
  }

  @Test
  void anAddressSendingBadTokensIsAnswered429InsteadOf401UntilItsTimeIsUp() throws Exception {
    String address = "203.0.113.50";
    int allowed = limits.rate(Limit.API_BAD_TOKEN_ADDRESS).capacity();
    for (int i = 0; i < allowed; i++) {
      assertThat(call(get("/api/v1/bookings"), "otp_not-a-token-" + i, address).getStatus())
          .isEqualTo(401);
    }

    MockHttpServletResponse refused = call(get("/api/v1/bookings"), "otp_guess", address);
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("30");
    assertThat(refused.getContentType()).startsWith("application/problem+json");
    // This node bars the address before looking tokens up; other addresses are not affected.
    assertThat(call(get("/api/v1/bookings"), token.secret(), address).getStatus()).isEqualTo(429);
    assertThat(call(get("/api/v1/bookings"), token.secret(), "127.0.0.1").getStatus())
        .isEqualTo(200);

    clock.advance(Duration.ofSeconds(30));
    assertThat(call(get("/api/v1/bookings"), token.secret(), address).getStatus()).isEqualTo(200);
    assertThat(call(get("/api/v1/bookings"), "otp_guess", address).getStatus()).isEqualTo(401);
  }

  private static String release() {
    return "/api/v1/bookings/" + UUID.randomUUID() + "/release";
  }

  private MockHttpServletResponse call(
      MockHttpServletRequestBuilder request, String secret, String address) throws Exception {
    return mvc.perform(
            request
                .header("Authorization", "Bearer " + secret)
                .with(
                    r -> {
                      r.setRemoteAddr(address);
                      return r;
                    }))
        .andReturn()
        .getResponse();
  }
}

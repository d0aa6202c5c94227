package com.otopair.support;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context most tests share: the whole application on a throw-away embedded
 * PostgreSQL, mail over real SMTP to GreenMail, demo data loaded, video calls configured (no
 * LiveKit runs), and a clock tests can move.
 */
@SpringBootTest(
    properties = {
      "otopair.embedded-postgres.data-directory=",
      "otopair.embedded-postgres.port=0",
      "otopair.demo.enabled=true",
      "otopair.outbox.retry-interval=PT1S",
      "otopair.outbox.min-age=PT1S",
      "otopair.outbox.backoff=PT1S",
      "otopair.public-url=http://otopair.test",
      "otopair.files.directory=target/test-files",
      "spring.mail.host=127.0.0.1",
      // Video calls are offered; no LiveKit listens there (port 9, discard), nothing connects.
      "otopair.livekit.url=ws://127.0.0.1:9",
      "otopair.livekit.api-key=APIotopairTest",
      "otopair.livekit.api-secret=a-long-secret-that-only-otopair-and-livekit-know"
    })
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

  @Autowired protected MutableClock clock;

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", TestMail::port);
  }

  @Autowired private JdbcTemplate rateLimitBuckets;

  @AfterEach
  void resetClockAndSecurity() {
    clock.reset();
    SecurityContextHolder.clearContext();
    // Every test starts with full rate limits: tests share 127.0.0.1 and the clock goes back.
    rateLimitBuckets.update("delete from rate_limit_buckets");
  }
}

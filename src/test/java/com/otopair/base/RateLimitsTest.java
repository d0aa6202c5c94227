package com.otopair.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.otopair.audit.AuditLog;
import com.otopair.audit.AuditRecord;
import com.otopair.base.RateLimits.Limit;
import com.otopair.base.RateLimits.Refusal;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.AccountAction;
import com.otopair.identity.AccountEmailRequested;
import com.otopair.identity.AccountService;
import com.otopair.identity.UserProvisioning;
import com.otopair.identity.security.SignInThrottledException;
import com.otopair.support.AuditTrail;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestMail;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every rate limit empties, refuses with the time to try again, and fills again as the clock moves;
 * sign-in guessing is limited per account and address without locking the account out.
 */
@RecordApplicationEvents
class RateLimitsTest extends IntegrationTest {

  private static final String PASSWORD = "correct horse battery";

  @Autowired RateLimits limits;
  @Autowired DataSource database;
  @Autowired MeterRegistry meters;
  @Autowired TransactionTemplate transactions;
  @Autowired AuthenticationManager authentication;
  @Autowired UserProvisioning provisioning;
  @Autowired UserDetailsService userDetails;
  @Autowired AccountService accounts;
  @Autowired AuditLog audit;
  @Autowired ApplicationEvents events;

  @ParameterizedTest
  @EnumSource(Limit.class)
  void eachLimitEmptiesRefusesUntilItsTimeAndFillsAgainAsTheClockMoves(Limit limit) {
    var rate = limits.rate(limit);
    String subject = UUID.randomUUID().toString();
    double refusedBefore = refusals(limit);
    // Tries come back as real time passes too (5 a second for API reads): take until refused.
    int allowed = 0;
    Optional<Refusal> refused = limits.take(limit, subject);
    while (refused.isEmpty()) {
      allowed++;
      refused = limits.take(limit, subject);
    }
    assertThat(allowed).isBetween(rate.capacity(), rate.capacity() + rate.capacity() / 10 + 1);

    Refusal refusal = refused.orElseThrow();
    Duration oneTry = rate.period().dividedBy(rate.capacity());
    assertThat(refusal.limit()).isEqualTo(limit);
    assertThat(refusal.retryAfter()).isPositive().isLessThanOrEqualTo(oneTry);
    assertThat(refusal.retryAt())
        .isCloseTo(clock.instant().plus(oneTry), within(10, ChronoUnit.SECONDS));
    assertThat(refusal.retryAfterSeconds()).isBetween(1L, Math.max(1, oneTry.toSeconds()));
    assertThat(limits.emptyUntil(limit, subject)).isPresent();
    assertThat(limits.take(limit, "someone else")).as("other subjects are not affected").isEmpty();
    assertThat(refusals(limit)).isEqualTo(refusedBefore + 2);

    clock.advance(oneTry);
    assertThat(limits.emptyUntil(limit, subject)).isEmpty();
    assertThat(limits.take(limit, subject)).isEmpty();
    assertThat(limits.take(limit, subject)).as("one try came back, not more").isPresent();
  }

  @Test
  void anApiTokensCallsAreCountedOnTheNodeBetweenWritesToTheDatabase() throws Exception {
    String token = UUID.randomUUID().toString();
    String bucket = Limit.API_READ_TOKEN.key() + ":" + SecretTokens.hash(token + "\n");
    assertThat(limits.take(Limit.API_READ_TOKEN, token)).isEmpty();
    double errorsBefore = meters.counter(RateLimits.ERRORS).count();

    // While another transaction holds the bucket's row, a check that went to the database would
    // wait for it and then be let through as an error: the node's copy answers instead.
    try (var holder = database.getConnection()) {
      holder.setAutoCommit(false);
      try (var lock =
          holder.prepareStatement("select 1 from rate_limit_buckets where id = ? for update")) {
        lock.setString(1, bucket);
        assertThat(lock.executeQuery().next()).as("the first call wrote the bucket").isTrue();
      }
      for (int i = 0; i < 5; i++) {
        assertThat(limits.take(Limit.API_READ_TOKEN, token)).isEmpty();
      }
      holder.rollback();
    }
    assertThat(meters.counter(RateLimits.ERRORS).count()).isEqualTo(errorsBefore);
  }

  @Test
  void everyLimitsRefusalsAreCountedFromZero() {
    for (Limit limit : Limit.values()) {
      assertThat(meters.find(RateLimits.REFUSALS).tag("limit", limit.key()).counter())
          .as(limit.key())
          .isNotNull();
    }
  }

  @Test
  void aLimitIsRefusedInsideATransaction() {
    assertThatThrownBy(
            () ->
                transactions.executeWithoutResult(
                    status -> limits.take(Limit.SIGN_UP_ADDRESS, "203.0.113.7")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void ipv6AddressesCountPerSlash64AndIpv4PerAddress() {
    assertThat(RateLimits.network("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
        .isEqualTo(RateLimits.network("2001:db8:1:2::1"))
        .endsWith("/64");
    assertThat(RateLimits.network("2001:db8:1:3::1"))
        .isNotEqualTo(RateLimits.network("2001:db8:1:2::1"));
    assertThat(RateLimits.network("203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(RateLimits.network(null)).isNull();
  }

  @Test
  void guessingFromOneAddressIsRefusedThereWhileTheOwnerSignsInFromAnother() {
    String email = newUser();
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> signIn(email, "wrong guess", "203.0.113.7"))
          .isInstanceOf(BadCredentialsException.class);
    }

    assertThatThrownBy(() -> signIn(email, PASSWORD, "203.0.113.7"))
        .isInstanceOfSatisfying(
            SignInThrottledException.class,
            refused ->
                assertThat(refused.retryAt())
                    .isCloseTo(
                        clock.instant().plus(Duration.ofMinutes(3)),
                        within(10, ChronoUnit.SECONDS)));
    assertThatCode(() -> signIn(email, PASSWORD, "198.51.100.4")).doesNotThrowAnyException();
    assertThat(throttledSignInsOf(email)).hasSize(1);

    clock.advance(Duration.ofMinutes(3));
    assertThatCode(() -> signIn(email, PASSWORD, "203.0.113.7")).doesNotThrowAnyException();
  }

  @Test
  void aRightPasswordForgivesTheFailuresBeforeIt() {
    String email = newUser();
    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> signIn(email, "wrong guess", "203.0.113.8"))
          .isInstanceOf(BadCredentialsException.class);
    }
    signIn(email, PASSWORD, "203.0.113.8");
    for (int i = 0; i < 4; i++) {
      assertThatThrownBy(() -> signIn(email, "wrong guess", "203.0.113.8"))
          .isInstanceOf(BadCredentialsException.class);
    }
    assertThatCode(() -> signIn(email, PASSWORD, "203.0.113.8")).doesNotThrowAnyException();
  }

  @Test
  void aBurstOfGuessesAtOnceGetsNoMoreTriesThanTheLimit() throws Exception {
    String email = newUser();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Optional<AuthenticationException>>> guesses = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        guesses.add(
            () -> {
              try {
                signIn(email, "wrong guess", "203.0.113.9");
                return Optional.empty();
              } catch (AuthenticationException refused) {
                return Optional.of(refused);
              }
            });
      }
      List<AuthenticationException> outcomes = new ArrayList<>();
      for (Future<Optional<AuthenticationException>> guess : pool.invokeAll(guesses)) {
        outcomes.add(guess.get().orElseThrow());
      }
      assertThat(outcomes).filteredOn(BadCredentialsException.class::isInstance).hasSize(5);
      assertThat(outcomes).filteredOn(SignInThrottledException.class::isInstance).hasSize(11);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void manyFailuresFromEverywhereMailTheOwnerOnceADayAndNeverLockThemOut() {
    String email = newUser();
    // 3 addresses x 4 guesses: no address is refused, the account's own limit (10) runs out.
    for (int i = 0; i < 12; i++) {
      String address = "192.0.2." + (10 + i % 3);
      assertThatThrownBy(() -> signIn(email, "wrong guess", address))
          .isInstanceOf(BadCredentialsException.class);
    }
    TestMail.awaitSubject(email, "trying to sign in");
    // The burst goes on from new addresses: no second mail.
    for (int i = 0; i < 6; i++) {
      String address = "192.0.2." + (20 + i % 2);
      assertThatThrownBy(() -> signIn(email, "wrong guess", address))
          .isInstanceOf(BadCredentialsException.class);
    }
    assertThatCode(() -> signIn(email, PASSWORD, "192.0.2.99")).doesNotThrowAnyException();
    assertThat(alertsTo(email)).isEqualTo(1);
    assertThat(TestMail.receivedBy(email))
        .filteredOn(m -> TestMail.subject(m).contains("trying to sign in"))
        .hasSize(1);

    // A day later, a new burst is worth a new mail.
    clock.advance(Duration.ofHours(24).plusMinutes(1));
    for (int i = 0; i < 11; i++) {
      String address = "192.0.2." + (30 + i % 3);
      assertThatThrownBy(() -> signIn(email, "wrong guess", address))
          .isInstanceOf(BadCredentialsException.class);
    }
    assertThat(alertsTo(email)).isEqualTo(2);
  }

  @Test
  void passwordResetsAreRefusedPerEmailAndAddressAndStopSilentlyAtTheEmailsDailyCap() {
    String email = newUser();
    for (int i = 0; i < 3; i++) {
      fromAddress("198.51.100.20", () -> accounts.requestPasswordReset(email));
    }
    fromAddress(
        "198.51.100.20",
        () ->
            assertThatThrownBy(() -> accounts.requestPasswordReset(email))
                .isInstanceOfSatisfying(
                    TooManyRequestsException.class,
                    refused -> {
                      assertThat(refused.field()).isEqualTo("email");
                      assertThat(refused.getMessage()).contains("Try again in 20 min");
                    }));
    assertThat(resetMailsRequested(email)).isEqualTo(3);

    // From other addresses: 10 mails a day to one email, then nothing, and no word of it.
    for (String address : List.of("198.51.100.21", "198.51.100.22", "198.51.100.23")) {
      for (int i = 0; i < 3; i++) {
        fromAddress(
            address,
            () ->
                assertThatCode(() -> accounts.requestPasswordReset(email))
                    .doesNotThrowAnyException());
      }
    }
    assertThat(resetMailsRequested(email)).isEqualTo(10);
  }

  private double refusals(Limit limit) {
    return meters.counter(RateLimits.REFUSALS, "limit", limit.key()).count();
  }

  private long alertsTo(String email) {
    return events.stream(AccountEmailRequested.class)
        .filter(e -> e.kind() == AccountEmailRequested.Kind.SIGN_IN_ALERT && e.to().equals(email))
        .count();
  }

  private long resetMailsRequested(String email) {
    return events.stream(AccountEmailRequested.class)
        .filter(e -> e.kind() == AccountEmailRequested.Kind.RESET_PASSWORD && e.to().equals(email))
        .count();
  }

  private String newUser() {
    String email = "limits-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    provisioning.createVerifiedUser(email, "Lee Limits", Roles.CUSTOMER, PASSWORD);
    return email;
  }

  private void signIn(String email, String password, String address) {
    var request = new MockHttpServletRequest();
    request.setRemoteAddr(address);
    var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
    attempt.setDetails(new WebAuthenticationDetails(request));
    authentication.authenticate(attempt);
  }

  private List<AuditRecord> throttledSignInsOf(String email) {
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    try {
      return Awaitility.await()
          .pollInSameThread()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  AuditTrail.await(audit, email, AccountAction.LOGIN_FAILED).stream()
                      .filter(r -> r.details().equals("Refused: too many failed sign-ins"))
                      .toList(),
              found -> !found.isEmpty());
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private static void fromAddress(String address, Runnable action) {
    var request = new MockHttpServletRequest();
    request.setRemoteAddr(address);
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    try {
      action.run();
    } finally {
      RequestContextHolder.resetRequestAttributes();
    }
  }
}

package com.otopair.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Roles;
import com.otopair.base.SignedInUser;
import com.otopair.identity.UserActivity;
import com.otopair.identity.UserProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The request filter behind "active users now": every authenticated request notes its user, at most
 * one write a minute per user, whatever the number of requests at once, and never a failed request
 * because of it.
 */
class ActivityFilterTest extends IntegrationTest {

  @Autowired ActivityFilter filter;
  @Autowired UserActivity activity;
  @Autowired UserProvisioning users;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  String email;
  UUID userId;

  @BeforeEach
  void aCustomer() {
    email = "active-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    userId = users.createVerifiedUser(email, "Ada Active", Roles.CUSTOMER, "a long passphrase");
  }

  /** One request through the filter, as Vaadin's heartbeat sends it; answers whether it went on. */
  private boolean request() throws Exception {
    var request = new MockHttpServletRequest("POST", "/");
    request.setQueryString("v-r=heartbeat&v-uiId=0");
    var response = new MockHttpServletResponse();
    var reached = new AtomicInteger();
    FilterChain chain = (req, res) -> reached.incrementAndGet();
    filter.doFilter(request, response, chain);
    return reached.get() == 1 && response.getStatus() == 200;
  }

  private List<Instant> seen(UUID user) {
    return jdbc.query(
        "select last_seen_at from user_activity where user_id = ?",
        (rs, row) -> rs.getTimestamp("last_seen_at").toInstant(),
        user);
  }

  @Test
  void twoRequestsWithinAMinuteWriteOnce() throws Exception {
    SignIn.as(userDetails, email);
    Instant before = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    assertThat(request()).isTrue();
    List<Instant> first = seen(userId);
    assertThat(first).hasSize(1);
    assertThat(first.getFirst()).isAfterOrEqualTo(before.minusMillis(1));

    clock.advance(Duration.ofSeconds(50));
    assertThat(request()).isTrue();

    assertThat(seen(userId)).as("the second request wrote nothing").isEqualTo(first);
  }

  @Test
  void aRequestAfter61SecondsWritesAgain() throws Exception {
    SignIn.as(userDetails, email);
    assertThat(request()).isTrue();
    Instant first = seen(userId).getFirst();

    clock.advance(Duration.ofSeconds(61));
    assertThat(request()).isTrue();

    assertThat(seen(userId)).hasSize(1);
    assertThat(seen(userId).getFirst()).isAfterOrEqualTo(first.plusSeconds(61));
  }

  @Test
  void fiftyConcurrentRequestsOfOneUserLeaveOneRowWrittenOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(50);
    try {
      var start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        results.add(
            pool.submit(
                () -> {
                  SignIn.as(userDetails, email);
                  start.await();
                  try {
                    return request();
                  } finally {
                    SecurityContextHolder.clearContext();
                  }
                }));
      }
      start.countDown();
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(seen(userId)).hasSize(1);
    Instant written = seen(userId).getFirst();
    // A request a moment later is still within the minute: the time stays the first write's.
    SignIn.as(userDetails, email);
    assertThat(request()).isTrue();
    assertThat(seen(userId)).containsExactly(written);
  }

  @Test
  void fiftyRequestsAtOnceGoToTheDatabaseOnceFromThisNode() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(50);
    try {
      var start = new CountDownLatch(1);
      List<Future<Boolean>> writes = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        writes.add(
            pool.submit(
                () -> {
                  start.await();
                  return activity.seen(userId);
                }));
      }
      start.countDown();
      int wrote = 0;
      for (Future<Boolean> write : writes) {
        wrote += write.get() ? 1 : 0;
      }
      assertThat(wrote).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(seen(userId)).hasSize(1);
    assertThat(activity.seen(userId)).as("still within the minute").isFalse();
  }

  @Test
  void anAnonymousRequestWritesNothing() throws Exception {
    long rows = jdbc.queryForObject("select count(*) from user_activity", Long.class);
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        new AnonymousAuthenticationToken(
            "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    SecurityContextHolder.setContext(context);

    assertThat(request()).isTrue();
    SecurityContextHolder.clearContext();
    assertThat(request()).isTrue();

    assertThat(jdbc.queryForObject("select count(*) from user_activity", Long.class))
        .isEqualTo(rows);
  }

  /** A signed-in principal whose user row is gone: the write fails on the foreign key. */
  private record Vanished(UUID id) implements SignedInUser {
    @Override
    public String email() {
      return "gone@example.test";
    }

    @Override
    public String displayName() {
      return "Gone";
    }

    @Override
    public String role() {
      return Roles.CUSTOMER;
    }

    @Override
    public boolean emailVerified() {
      return true;
    }
  }

  @Test
  void aDatabaseFailureDoesNotFailTheRequestAndTheNextRequestTriesAgain() throws Exception {
    UUID gone = UUID.randomUUID();
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            new Vanished(gone), null, AuthorityUtils.createAuthorityList("ROLE_CUSTOMER")));
    SecurityContextHolder.setContext(context);

    assertThat(request()).as("the request goes on").isTrue();
    assertThat(seen(gone)).isEmpty();

    // The user exists now (say the database came back): the very next request writes.
    jdbc.update(
        """
        insert into users (id, email, display_name, password_hash, role, status, created_at)
        select ?, ?, display_name, password_hash, role, status, created_at from users where id = ?
        """,
        gone,
        "back-" + gone + "@example.test",
        userId);
    assertThat(request()).isTrue();
    assertThat(seen(gone)).hasSize(1);
  }
}

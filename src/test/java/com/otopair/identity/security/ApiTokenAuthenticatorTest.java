package com.otopair.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.Roles;
import com.otopair.identity.ApiTokenScope;
import com.otopair.identity.ApiTokens;
import com.otopair.identity.UserProvisioning;
import com.otopair.identity.security.ApiTokenAuthenticator.Outcome;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Who a token's call acts as, read with one query: the token's user with their role and whether
 * they are verified; nobody for an unknown or revoked token, a suspended user, or an operations
 * token whose owner is no longer an admin; and the token's last use written at most once a minute.
 */
class ApiTokenAuthenticatorTest extends IntegrationTest {

  @Autowired ApiTokenAuthenticator authenticator;
  @Autowired ApiTokens tokens;
  @Autowired UserProvisioning users;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  private String newUser(String role) {
    String email = "auth-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    users.createVerifiedUser(email, "Tess Token", role, "a long passphrase");
    SignIn.as(userDetails, email);
    return email;
  }

  private String refusal(String secret) {
    return ((Outcome.Refused) authenticator.authenticate(secret)).reason();
  }

  private Timestamp lastUsed(UUID tokenId) {
    return jdbc.queryForObject(
        "select last_used_at from api_tokens where id = ?", Timestamp.class, tokenId);
  }

  @Test
  void aLiveTokenActsAsItsUserAndNotesItsUseOnceAMinute() {
    String email = newUser(Roles.CUSTOMER);
    ApiTokens.Issued issued = tokens.issue("Fleet app");

    Instant before = clock.instant().truncatedTo(ChronoUnit.MICROS);
    var first = (Outcome.Authenticated) authenticator.authenticate(issued.secret());
    assertThat(first.user().email()).isEqualTo(email);
    assertThat(first.user().displayName()).isEqualTo("Tess Token");
    assertThat(first.user().role()).isEqualTo(Roles.CUSTOMER);
    assertThat(first.user().emailVerified()).isTrue();
    assertThat(first.user().isAccountNonLocked()).isTrue();
    assertThat(first.user().getPassword()).isNull();
    assertThat(first.caller().tokenId()).isEqualTo(issued.token().id());
    assertThat(first.caller().tokenName()).isEqualTo("Fleet app");
    assertThat(first.caller().scope()).isEqualTo(ApiTokenScope.CUSTOMER);
    Timestamp noted = lastUsed(issued.token().id());
    assertThat(noted.toInstant()).isBetween(before, clock.instant());

    clock.advance(Duration.ofSeconds(30));
    authenticator.authenticate(issued.secret());
    assertThat(lastUsed(issued.token().id())).isEqualTo(noted);

    clock.advance(Duration.ofSeconds(31));
    before = clock.instant().truncatedTo(ChronoUnit.MICROS);
    authenticator.authenticate(issued.secret());
    assertThat(lastUsed(issued.token().id()).toInstant()).isBetween(before, clock.instant());
  }

  @Test
  void unknownRevokedSuspendedAndDemotedTokensActAsNobody() {
    assertThat(refusal("not-ours")).isEqualTo("identity.api.token.not-ours");
    assertThat(refusal("otp_" + UUID.randomUUID())).isEqualTo("identity.api.token.unknown");

    String email = newUser(Roles.CUSTOMER);
    ApiTokens.Issued revoked = tokens.issue("Old script");
    tokens.revoke(revoked.token().id());
    assertThat(refusal(revoked.secret())).isEqualTo("identity.api.token.unknown");

    ApiTokens.Issued suspended = tokens.issue("Suspended script");
    jdbc.update("update users set status = 'SUSPENDED' where email = ?", email);
    assertThat(refusal(suspended.secret())).isEqualTo("identity.api.token.suspended");

    String admin = newUser(Roles.ADMIN);
    ApiTokens.Issued ops = tokens.issue("Refund script", ApiTokenScope.OPS);
    assertThat(authenticator.authenticate(ops.secret())).isInstanceOf(Outcome.Authenticated.class);
    jdbc.update("update users set role = 'CUSTOMER' where email = ?", admin);
    assertThat(refusal(ops.secret())).isEqualTo("identity.api.token.ops-not-admin");
  }
}

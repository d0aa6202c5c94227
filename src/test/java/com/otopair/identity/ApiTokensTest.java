package com.otopair.identity;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.audit.AuditLog;
import com.otopair.base.NotAllowedException;
import com.otopair.base.NotFoundException;
import com.otopair.base.Roles;
import com.otopair.base.SecretTokens;
import com.otopair.demo.DemoAccounts;
import com.otopair.support.AuditTrail;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

class ApiTokensTest extends IntegrationTest {

  @Autowired ApiTokens tokens;
  @Autowired UserProvisioning users;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;
  @Autowired AuditLog audit;

  String email;

  @BeforeEach
  void signIn() {
    email = newCustomer();
    SignIn.as(userDetails, email);
  }

  private String newCustomer() {
    String address = "tokens-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    users.createVerifiedUser(address, "Toni Tokens", Roles.CUSTOMER, "a long passphrase");
    return address;
  }

  @Test
  void aTokenIsShownOnceAndStoredOnlyAsItsHash() {
    ApiTokens.Issued issued = tokens.issue("  Fleet app ");

    assertThat(issued.secret()).startsWith("otp_").hasSizeGreaterThan(40);
    assertThat(issued.token().name()).isEqualTo("Fleet app");
    assertThat(issued.token().hint()).isEqualTo(issued.secret().substring(0, 8));
    assertThat(
            jdbc.queryForObject(
                "select token_hash from api_tokens where id = ?",
                String.class,
                issued.token().id()))
        .isEqualTo(SecretTokens.hash(issued.secret()));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from api_tokens where token_hash = ? or hint = ?",
                Integer.class,
                issued.secret(),
                issued.secret()))
        .isZero();
    assertThat(tokens.mine()).extracting(ApiTokens.Summary::name).containsExactly("Fleet app");
  }

  @Test
  void namesMustBeGivenAndUniqueAmongLiveTokens() {
    assertRefusedAt(() -> tokens.issue("  "), "tokenName", "Name the token");
    tokens.issue("Fleet app");
    assertRefusedAt(() -> tokens.issue("fleet APP"), "tokenName", "already have a token called");
    assertRefusedAt(() -> tokens.issue("x".repeat(61)), "tokenName", "under 60 characters");
  }

  @Test
  void revokingRemovesTheTokenAndIsAudited() {
    ApiTokens.Issued issued = tokens.issue("Old script");
    tokens.revoke(issued.token().id());

    assertThat(tokens.mine()).isEmpty();
    // The name is free again once the old token is revoked.
    assertThat(tokens.issue("Old script").token().id()).isNotEqualTo(issued.token().id());

    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    assertThat(AuditTrail.await(audit, email, ApiTokens.API_TOKEN_REVOKED))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.details()).isEqualTo("Revoked API token \"Old script\"");
              assertThat(r.detailsKey()).isEqualTo("identity.audit.api-token-revoked");
              assertThat(r.detailsArgs()).containsExactly("Old script");
            });
    assertThat(AuditTrail.await(audit, email, ApiTokens.API_TOKEN_ISSUED)).isNotEmpty();
  }

  @Test
  void nobodyRevokesSomeoneElsesToken() {
    ApiTokens.Issued mine = tokens.issue("Mine");
    SignIn.as(userDetails, newCustomer());

    assertThatThrownBy(() -> tokens.revoke(mine.token().id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(tokens.mine()).isEmpty();
  }

  @Test
  void onlyAnAdminIssuesAnOperationsToken() {
    assertThatThrownBy(() -> tokens.issue("Refund script", ApiTokenScope.OPS))
        .isInstanceOf(NotAllowedException.class)
        .hasMessageContaining("Only admins");
    assertThat(tokens.mine()).isEmpty();

    String admin = "tokens-admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    users.createVerifiedUser(admin, "Ada Admin", Roles.ADMIN, "a long passphrase");
    SignIn.as(userDetails, admin);
    ApiTokens.Issued ops = tokens.issue("Refund script", ApiTokenScope.OPS);
    ApiTokens.Issued booking = tokens.issue("Booking script");

    assertThat(ops.token().scope()).isEqualTo(ApiTokenScope.OPS);
    assertThat(booking.token().scope()).isEqualTo(ApiTokenScope.CUSTOMER);
    assertThat(
            jdbc.queryForObject(
                "select scope from api_tokens where id = ?", String.class, ops.token().id()))
        .isEqualTo("OPS");
  }

  @Test
  void theDatabaseRefusesAnOperationsTokenForSomeoneWhoIsNotAnAdmin() {
    UUID customer = jdbc.queryForObject("select id from users where email = ?", UUID.class, email);

    assertThatThrownBy(
            () ->
                jdbc.update(
                    "insert into api_tokens (id, user_id, name, token_hash, hint, scope,"
                        + " created_at) values (?, ?, 'Sneaky', ?, 'otp_abcd', 'OPS', now())",
                    UUID.randomUUID(),
                    customer,
                    SecretTokens.hash("otp_sneaky-" + UUID.randomUUID())))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("api_tokens_ops_for_admins");
    assertThatThrownBy(
            () -> {
              UUID id = tokens.issue("Booking script").token().id();
              jdbc.update("update api_tokens set scope = 'OPS' where id = ?", id);
            })
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void atMostTenLiveTokens() {
    for (int i = 0; i < ApiTokens.MAX_LIVE_TOKENS; i++) {
      tokens.issue("App " + i);
    }
    assertRefusedAt(() -> tokens.issue("One more"), "tokenName", "revoke one you no longer use");
  }
}
